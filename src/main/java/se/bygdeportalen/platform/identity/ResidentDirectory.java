package se.bygdeportalen.platform.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.internal.ResidentRepository;

/**
 * Residents as other modules may see them. A module that shows or stores a resident's name asks here
 * each time instead of trusting what a session remembered, so an erased resident's name is never
 * written again. Never reveals the personal identity number.
 */
@Component
public class ResidentDirectory {

    private final ResidentRepository residents;

    ResidentDirectory(ResidentRepository residents) {
        this.residents = residents;
    }

    /** The name as the e-ID last gave it; empty for an unknown or erased resident. */
    public Optional<String> displayName(long residentId) {
        return residents.byId(residentId).filter(r -> !r.erased()).map(Resident::displayName);
    }
}
