package se.bygdeportalen.platform.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A resident who has signed in with e-ID. The personal identity number is not part of it. An erased
 * resident ({@code erasedAt} set) has no name and may not be signed in.
 */
public record Resident(
        long id,
        String givenName,
        String familyName,
        boolean demo,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        @Nullable Instant erasedAt) {

    public String displayName() {
        return (givenName + " " + familyName).strip();
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
