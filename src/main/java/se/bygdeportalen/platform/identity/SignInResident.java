package se.bygdeportalen.platform.identity;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.security.PortalUser;

/** A resident signs in with e-ID: the first time creates their record, later times find it. */
@Component
class SignInResident {

    private final ResidentRepository residents;
    private final PersonalNumberVault vault;
    private final Clock clock;

    SignInResident(ResidentRepository residents, PersonalNumberVault vault, Clock clock) {
        this.residents = residents;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional
    PortalUser signIn(String personalNumber, String givenName, String familyName) {
        String pin = PersonalNumberVault.normalize(personalNumber);
        Resident resident = residents.upsert(vault.index(pin), vault.encrypt(pin), clean(givenName), clean(familyName), false, clock.instant());
        return PortalUser.resident(resident.id(), resident.displayName());
    }

    private static String clean(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
