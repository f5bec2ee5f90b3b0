package se.bygdeportalen.organisation;

import java.util.Set;

/**
 * Which bodies a registrar's staff account may keep meetings and minutes for. An account that an
 * administrator has not limited is {@linkplain #unrestricted() unrestricted}.
 *
 * @param bodyIds the allowed bodies; ignored when {@code unrestricted}
 */
public record RegistrarScope(boolean unrestricted, Set<Long> bodyIds) {

    public RegistrarScope {
        bodyIds = Set.copyOf(bodyIds);
    }

    public static RegistrarScope all() {
        return new RegistrarScope(true, Set.of());
    }

    public static RegistrarScope only(Set<Long> bodyIds) {
        return new RegistrarScope(false, bodyIds);
    }

    public boolean allows(long bodyId) {
        return unrestricted || bodyIds.contains(bodyId);
    }
}
