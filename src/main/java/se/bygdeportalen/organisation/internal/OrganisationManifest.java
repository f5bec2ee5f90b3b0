package se.bygdeportalen.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.IndicatorDefinition;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.manifest.OpenDataExport;
import se.bygdeportalen.platform.manifest.SearchableContent;
import se.bygdeportalen.platform.security.Role;

/** What the organisation module gives the platform. */
@Component
public class OrganisationManifest implements ModuleManifest {

    static final String WOMEN_AMONG_MEMBERS = "organisation.women-among-members";

    private final OrganisationRepository repository;

    OrganisationManifest(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public String id() {
        return "organisation";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(new NavLink("organisation.title", "/organisation", 500, "organisation.lead"));
    }

    @Override
    public List<NavLink> footerLinks() {
        return List.of(new NavLink("organisation.howDecisions.title", "/sa-fattas-besluten", 40));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(new AdminLink(
                "organisation.admin.title",
                "organisation.admin.lead",
                "/admin/organisation",
                Set.of(Role.ADMINISTRATOR, Role.REGISTRAR),
                300));
    }

    @Override
    public List<OpenDataExport> openData() {
        return List.of(
                new OpenDataExport(
                        "organisation.organizations",
                        "organisation.openData.organizations",
                        "organisation.dataset.organizations.description",
                        OpenDataExport.Frequency.IRREGULAR,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(
                                new OpenDataExport.Format("/api/v1/organizations", "application/json"),
                                new OpenDataExport.Format("/api/v1/organizations.csv", "text/csv"))),
                new OpenDataExport(
                        "organisation.persons",
                        "organisation.openData.persons",
                        "organisation.dataset.persons.description",
                        OpenDataExport.Frequency.IRREGULAR,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(
                                new OpenDataExport.Format("/api/v1/persons", "application/json"),
                                new OpenDataExport.Format("/api/v1/persons.csv", "text/csv"))),
                new OpenDataExport(
                        "organisation.memberships",
                        "organisation.openData.memberships",
                        "organisation.dataset.memberships.description",
                        OpenDataExport.Frequency.IRREGULAR,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(
                                new OpenDataExport.Format("/api/v1/memberships", "application/json"),
                                new OpenDataExport.Format("/api/v1/memberships.csv", "text/csv"))));
    }

    @Override
    public List<SearchableContent> searchableContent() {
        return List.of(new SearchableContent("body", "organisation.searchable.body", 500, BodySearchSource.class));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(
                WOMEN_AMONG_MEMBERS,
                "organisation.indicator.womenAmongMembers",
                "organisation.indicator.womenAmongMembers.description",
                IndicatorDefinition.Strand.EQUALITY_AND_PUBLIC_HEALTH,
                IndicatorDefinition.Source.PLATFORM,
                IndicatorDefinition.Unit.PERCENT,
                this::womenAmongMembers));
    }

    /** Share of women among the members (not substitutes) of each body on 1 July of each year, and for all bodies together. */
    public List<IndicatorValue> womenAmongMembers() {
        List<IndicatorValue> values = new ArrayList<>();
        java.util.Map<Integer, long[]> totals = new java.util.TreeMap<>();
        for (OrganisationRepository.SeatCount c : repository.womenAmongMembersByYear()) {
            values.add(IndicatorValue.percent(
                    WOMEN_AMONG_MEMBERS, c.year(), "body=" + c.bodySlug(), c.women(), c.total()));
            long[] t = totals.computeIfAbsent(c.year(), y -> new long[2]);
            t[0] += c.women();
            t[1] += c.total();
        }
        totals.forEach((year, t) -> values.add(IndicatorValue.percent(WOMEN_AMONG_MEMBERS, year, "", t[0], t[1])));
        return values;
    }

    @Override
    public List<AuditAction> auditEvents() {
        return OrganisationAudit.ALL;
    }
}
