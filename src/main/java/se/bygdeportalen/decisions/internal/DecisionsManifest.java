package se.bygdeportalen.decisions.internal;

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

/** What the decisions module gives the platform. */
@Component
class DecisionsManifest implements ModuleManifest {

    private final DecisionRepository decisions;

    DecisionsManifest(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public String id() {
        return "decisions";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(
                new NavLink("decisions.meetings.title", "/sammantraden", 300, "decisions.meetings.lead"),
                new NavLink("decisions.search.title", "/beslut", 310, "decisions.search.lead"));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(new AdminLink(
                "decisions.admin.title",
                "decisions.admin.lead",
                "/admin/sammantraden",
                Set.of(Role.REGISTRAR, Role.ADMINISTRATOR),
                300));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(
                indicator("decisions.gender-considered", Assessment.Kind.GENDER),
                indicator("decisions.public-health-considered", Assessment.Kind.HEALTH),
                indicator("decisions.child-considered", Assessment.Kind.CHILD));
    }

    private IndicatorDefinition indicator(String id, Assessment.Kind kind) {
        String key = "decisions.indicator." + kind.name().toLowerCase();
        return new IndicatorDefinition(
                id,
                key + ".name",
                key + ".description",
                IndicatorDefinition.Strand.EQUALITY_AND_PUBLIC_HEALTH,
                IndicatorDefinition.Source.PLATFORM,
                IndicatorDefinition.Unit.PERCENT,
                () -> values(id, kind));
    }

    /** Share of a body's decisions in a year that considered the impact (assessed, or not relevant with a reason). */
    List<IndicatorValue> values(String id, Assessment.Kind kind) {
        List<IndicatorValue> values = new ArrayList<>();
        for (DecisionRepository.Stats s : decisions.stats()) {
            values.add(IndicatorValue.percent(id, s.year(), "body=" + s.bodySlug(), s.considered(kind), s.decisions()));
        }
        return values;
    }

    @Override
    public List<OpenDataExport> openData() {
        return List.of(
                new OpenDataExport(
                        "decisions.meetings",
                        "decisions.dataset.meetings.title",
                        "decisions.dataset.meetings.description",
                        OpenDataExport.Frequency.CONTINUOUS,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(
                                new OpenDataExport.Format("/sammantraden.csv", "text/csv"),
                                new OpenDataExport.Format("/sammantraden.ics", "text/calendar"),
                                new OpenDataExport.Format("/api/v1/meetings", "application/json"))),
                new OpenDataExport(
                        "decisions.agenda-items",
                        "decisions.dataset.agendaItems.title",
                        "decisions.dataset.agendaItems.description",
                        OpenDataExport.Frequency.CONTINUOUS,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(new OpenDataExport.Format("/api/v1/agenda-items", "application/json"))),
                new OpenDataExport(
                        "decisions.decisions",
                        "decisions.dataset.decisions.title",
                        "decisions.dataset.decisions.description",
                        OpenDataExport.Frequency.CONTINUOUS,
                        OpenDataExport.Licence.CC0,
                        OpenDataExport.Theme.GOVE,
                        List.of(
                                new OpenDataExport.Format("/beslut.csv", "text/csv"),
                                new OpenDataExport.Format("/api/v1/decisions", "application/json"))));
    }

    @Override
    public List<SearchableContent> searchableContent() {
        return List.of(
                new SearchableContent("decision", "decisions.search.title", 300, DecisionSearchSource.class),
                new SearchableContent("meeting", "decisions.meetings.title", 310, MeetingSearchSource.class));
    }

    @Override
    public List<AuditAction> auditEvents() {
        return DecisionsAudit.ALL;
    }
}
