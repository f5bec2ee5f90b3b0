package se.bygdeportalen.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a policy and a key (an address, a person) into the id of its bucket: the policy name and an
 * HMAC-SHA-256 of policy and key under a secret. The table thus holds no personal data, and without
 * the secret even the small IPv4 address space cannot be tried through to find who a bucket is for.
 */
final class BucketIds {

    static final int MIN_SECRET_LENGTH = 32;
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
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            // The capacity and period are hashed too, so a changed policy gets fresh buckets. A name
            // cannot hold a newline, which keeps the parts apart.
            mac.update((policy.name()
                            + '\n'
                            + policy.capacity()
                            + '\n'
                            + policy.period().toNanos()
                            + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return policy.name() + ':' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
