package se.bygdeportalen.proposals.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.IndicatorDefinition;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.manifest.OpenDataExport;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.SearchableContent;
import se.bygdeportalen.platform.security.Role;

/** What the proposals module gives the platform. */
@Component
public class ProposalsManifest implements ModuleManifest {

    public static final Set<Role> HANDLERS = Set.of(Role.REGISTRAR, Role.MODERATOR, Role.ADMINISTRATOR);

    private final ProposalIndicators indicators;
    private final ProposalOpenData openData;
    private final ProposalPersonalData personalData;

    ProposalsManifest(ProposalIndicators indicators, ProposalOpenData openData, ProposalPersonalData personalData) {
        this.indicators = indicators;
        this.openData = openData;
        this.personalData = personalData;
    }

    @Override
    public String id() {
        return "proposals";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(new NavLink("proposals.nav", "/medborgarforslag", 200, "proposals.nav.lead"));
    }

    @Override
    public List<NavLink> myPagesLinks() {
        return List.of(new NavLink("proposals.mine.title", "/medborgarforslag/nytt", 200));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(
                new AdminLink(
                        "proposals.admin.title", "proposals.admin.lead", "/admin/medborgarforslag", HANDLERS, 200),
                new AdminLink(
                        "proposals.admin.paper.title",
                        "proposals.admin.paper.lead",
                        "/admin/medborgarforslag/nytt",
                        Set.of(Role.SERVICE_OFFICE, Role.REGISTRAR),
                        210));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return indicators.definitions();
    }

    @Override
    public List<OpenDataExport> openData() {
        return openData.exports();
    }

    @Override
    public List<SearchableContent> searchableContent() {
        return openData.searchable();
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return personalData.categories();
    }

    @Override
    public List<AuditAction> auditEvents() {
        return ProposalsAudit.ALL;
    }
}
