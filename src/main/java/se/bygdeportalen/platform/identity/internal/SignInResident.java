package se.bygdeportalen.platform.identity.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/**
 * A resident signs in with e-ID: the first time creates their record, later times find it. The actor
 * is whoever is at the browser (a visitor until now); the identity provider's proof is what counts.
 */
@Component
public class SignInResident {

    /** As the identity provider sends it; names may be missing. */
    public record Command(String personalNumber, String givenName, String familyName) {}

    private final ResidentRepository residents;
    private final PersonalNumberVault vault;
    private final Clock clock;

    SignInResident(ResidentRepository residents, PersonalNumberVault vault, Clock clock) {
        this.residents = residents;
        this.vault = vault;
        this.clock = clock;
    }

    /** Saved with the resident's id, or invalid at {@code personalNumber} when it is not a well-formed number. */
    @Transactional
    public Result signInResident(Command command, Actor actor) {
        String pin;
        try {
            pin = PersonalNumberVault.normalize(command.personalNumber());
        } catch (IllegalArgumentException malformed) {
            return Result.invalid("personalNumber", "personalData.search.invalid");
        }
        Resident resident = residents.upsert(
                vault.index(pin),
                vault.encrypt(pin),
                clean(command.givenName()),
                clean(command.familyName()),
                false,
                clock.instant());
        return Result.saved(resident.id());
    }

    /**
     * The signed-in person for a number, as e-ID gives it.
     *
     * @deprecated kept only for {@code proposals.SubmitProposalIT}, which reaches it reflectively;
     * remove when that test signs residents in through {@link #signInResident}.
     */
    @Deprecated
    PortalUser signIn(String personalNumber, String givenName, String familyName) {
        Result result = signInResident(new Command(personalNumber, givenName, familyName), Actor.VISITOR);
        if (!(result instanceof Result.Saved saved)) {
            throw new IllegalArgumentException("Not a personal identity number");
        }
        return PortalUser.resident(
                saved.id(), residents.byId(saved.id()).orElseThrow().displayName());
    }

    private static String clean(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
