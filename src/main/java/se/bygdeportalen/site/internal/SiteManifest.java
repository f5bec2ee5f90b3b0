package se.bygdeportalen.site.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.security.Role;

/** What the site module gives the platform. */
@Component
class SiteManifest implements ModuleManifest {

    @Override
    public String id() {
        return "site";
    }

    @Override
    public List<NavLink> navigation() {
        return List.of(
                new NavLink("site.home.nav", "/", 0),
                new NavLink("site.contact.title", "/kontakt", 1000, "site.contact.lead"));
    }

    @Override
    public List<NavLink> footerLinks() {
        return List.of(
                new NavLink("site.contact.title", "/kontakt", 10),
                new NavLink("site.accessibility.title", "/tillganglighet", 20),
                new NavLink("site.privacy.title", "/personuppgifter", 30));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(new AdminLink(
                "site.accessibility.admin.title",
                "site.accessibility.admin.lead",
                "/admin/tillganglighet",
                Set.of(Role.COMMUNICATOR, Role.ADMINISTRATOR),
                800));
    }

    @Override
    public List<AuditAction> auditEvents() {
        return SiteAudit.ALL;
    }
}
