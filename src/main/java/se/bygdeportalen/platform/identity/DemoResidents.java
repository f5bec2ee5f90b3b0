package se.bygdeportalen.platform.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.internal.ResidentRepository;

/** The made-up residents of a demo installation, for modules' demo data (supports, proposals, loans). */
@Component
public class DemoResidents {

    private final ResidentRepository residents;

    DemoResidents(ResidentRepository residents) {
        this.residents = residents;
    }

    /** Demo residents in the order they were created; empty outside a demo installation. */
    public List<Resident> all() {
        return residents.demoResidents();
    }
}
