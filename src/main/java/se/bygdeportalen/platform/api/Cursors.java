package se.bygdeportalen.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Opaque, tamper-checked cursors: a {@link Position} in base64url with a check over the position and
 * the list it belongs to (its path and filters). An edited, truncated or foreign cursor, or one from
 * the same list with other filters, fails the check and becomes a 400, so clients cannot build on
 * the cursor's insides and a mistake never reaches SQL. The check is a digest, not a secret: a cursor
 * only names a position in a public list, which anyone may seek to by filtering, so it needs no key,
 * and cursors stay valid across restarts and instances. Put nothing in a key that the client may not
 * see.
 */
public final class Cursors {

    /** Longer input is refused unread. */
    static final int MAX_LENGTH = 512;

    private static final String VERSION = "1";
    private static final int CHECK_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {}

    /** The cursor for the page after {@code position} in the list named by {@code scope}. */
    public static String encode(String scope, Position position) {
        String payload = VERSION + "\n" + position.id() + "\n" + position.key();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(check(scope, bytes));
    }

    /**
     * The position a cursor names.
     *
     * @throws InvalidPageRequestException if the cursor was not made by {@link #encode} for this scope
     */
    public static Position decode(String scope, @Nullable String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot < 1 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] payload;
        byte[] check;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            check = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(check, check(scope, payload))) {
            throw invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw invalid();
        }
        try {
            return new Position(parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static byte[] check(String scope, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("bygdeportalen-cursor\n" + scope + "\n").getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(payload), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static InvalidPageRequestException invalid() {
        return new InvalidPageRequestException(
                "cursor",
                "The cursor is not valid for this list (changed, cut short or from other filters). Start again from the first page.");
    }
}
