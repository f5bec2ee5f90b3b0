package se.bygdeportalen.platform.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts personal identity numbers (AES-256-GCM) and derives a keyed hash (HMAC-SHA-256) to find
 * a resident again without decrypting. The number itself never leaves this class in clear text
 * except through {@link #decrypt}, which only answers a GDPR request or a legal check.
 */
public final class PersonalNumberVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;

    PersonalNumberVault(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("The personal-number key must be 32 bytes (base64 of 256 random bits)");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "resident-pin-encryption"), "AES");
        this.indexKey = new SecretKeySpec(derive(masterKey, "resident-pin-index"), "HmacSHA256");
    }

    /** Twelve digits, YYYYMMDDNNNC; a coordination number has 60 added to the day. */
    public static String normalize(@Nullable String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("No personal identity number");
        }
        String digits = raw.replaceAll("[\\s+-]", "");
        if (!digits.matches("\\d{12}")) {
            throw new IllegalArgumentException("A personal identity number must have 12 digits");
        }
        return digits;
    }

    public byte[] index(String pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac.doFinal(normalize(pin).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] encrypt(String pin) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(normalize(pin).getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a personal identity number; was the key changed?", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PersonalNumberVault[keys hidden]";
    }
}
