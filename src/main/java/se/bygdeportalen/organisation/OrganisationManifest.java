package se.bygdeportalen.organisation;

import java.util.List;

import org.springframework.stereotype.Component;

import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;

/** What the organisation module gives the platform. */
@Component
class OrganisationManifest implements ModuleManifest {

    @Override
    public String id() {
        return "organisation";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(new NavLink("organisation.title", "/organisation", 500, "organisation.lead"));
    }
}
