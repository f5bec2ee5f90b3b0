package se.bygdeportalen.noticeboard.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.manifest.OpenDataExport;
import se.bygdeportalen.platform.manifest.SearchableContent;
import se.bygdeportalen.platform.security.Role;

/** What the notice board gives the platform. */
@Component
class NoticeBoardManifest implements ModuleManifest {

    @Override
    public String id() {
        return "noticeboard";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(new NavLink("noticeboard.title", "/anslagstavla", 450, "noticeboard.lead"));
    }

    @Override
    public List<NavLink> footerLinks() {
        return List.of(new NavLink("noticeboard.title", "/anslagstavla", 35));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(new AdminLink(
                "noticeboard.admin.title",
                "noticeboard.admin.lead",
                "/admin/anslagstavla",
                Set.of(Role.COMMUNICATOR, Role.REGISTRAR, Role.ADMINISTRATOR),
                320));
    }

    @Override
    public List<OpenDataExport> openData() {
        return List.of(new OpenDataExport(
                "noticeboard.notices",
                "noticeboard.dataset.title",
                "noticeboard.dataset.description",
                OpenDataExport.Frequency.CONTINUOUS,
                OpenDataExport.Licence.CC0,
                OpenDataExport.Theme.GOVE,
                List.of(new OpenDataExport.Format("/anslagstavla.atom", "application/atom+xml"))));
    }

    @Override
    public List<SearchableContent> searchableContent() {
        return List.of(new SearchableContent("notice", "noticeboard.searchable.notice", 450, NoticeSearchSource.class));
    }

    @Override
    public List<AuditAction> auditEvents() {
        return NoticeBoardAudit.ALL;
    }
}
