package se.bygdeportalen.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a policy and a key (an address, a person) into the id of its bucket: the policy name, a short
 * keyed hash of the policy's settings and a keyed hash (HMAC-SHA-256) of the key under a secret. The
 * table thus holds no personal data, and without the secret even the small IPv4 address space cannot
 * be tried through to find who a bucket is for. The key's part is the same under every policy, so all
 * of one person's buckets can be found, with the secret, when their data is erased.
 */
final class BucketIds {

    static final int MIN_SECRET_LENGTH = 32;
    /** Characters of the policy's hash: enough to tell settings apart, short enough for the id column. */
    static final int POLICY_HASH_LENGTH = 8;
    /** Length of {@link #keySuffix}: a colon and 32 bytes in unpadded base64url. */
    static final int KEY_SUFFIX_LENGTH = 44;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    private BucketIds(byte[] secret) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Ids under the given secret, or under a random one when it is null or blank. */
    static BucketIds withSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new BucketIds(random);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "bygdeportalen.ratelimit.key-secret must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        return new BucketIds(secret.getBytes(StandardCharsets.UTF_8));
    }

    String of(RateLimitPolicy policy, String key) {
        // The capacity and period are hashed too, so a changed policy gets fresh buckets. A name
        // cannot hold a newline, which keeps the parts apart.
        String settings = mac("policy\n" + policy.name() + '\n' + policy.capacity() + '\n'
                        + policy.period().toNanos())
                .substring(0, POLICY_HASH_LENGTH);
        return policy.name() + ':' + settings + keySuffix(key);
    }

    /** How every bucket id of this key ends, whatever the policy. */
    String keySuffix(String key) {
        return ":" + mac("key\n" + key);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
