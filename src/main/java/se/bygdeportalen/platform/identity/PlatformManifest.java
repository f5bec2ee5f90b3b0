package se.bygdeportalen.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.security.Role;

/**
 * The shared core's manifest: staff accounts, residents, the audit log and the component examples.
 */
@Component
class PlatformManifest implements ModuleManifest {

    private final ResidentRepository residents;
    private final StaffAccountRepository staff;

    PlatformManifest(ResidentRepository residents, StaffAccountRepository staff) {
        this.residents = residents;
        this.staff = staff;
    }

    @Override
    public String id() {
        return "platform";
    }

    /** The open-data catalogue lists every module's datasets, so the platform links it. */
    @Override
    public List<NavLink> footerLinks() {
        return List.of(new NavLink("opendata.title", "/oppna-data", 50));
    }

    @Override
    public List<AdminLink> adminLinks() {
        return List.of(
                new AdminLink(
                        "staff.list.title", "staff.list.lead", "/admin/personal", Set.of(Role.ADMINISTRATOR), 900),
                new AdminLink(
                        "personalData.title",
                        "personalData.lead",
                        "/admin/personuppgifter",
                        Set.of(Role.ADMINISTRATOR),
                        905),
                new AdminLink("audit.title", "audit.lead", "/admin/granskningslogg", Set.of(Role.ADMINISTRATOR), 910),
                new AdminLink("mail.admin.title", "mail.admin.lead", "/admin/e-post", Set.of(Role.ADMINISTRATOR), 920),
                new AdminLink("components.title", "components.lead", "/admin/components", Set.of(), 990));
    }

    @Override
    public List<AuditAction> auditEvents() {
        return PlatformAudit.ALL;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of(
                new PersonalDataCategory(
                        "resident",
                        PersonalDataCategory.Subject.RESIDENT,
                        "privacy.data.resident",
                        "privacy.basis.publicInterest",
                        "privacy.retention.resident",
                        id -> residents
                                .byId(id)
                                .map(r -> List.of(residents.exportRow(id)))
                                .orElse(List.of()),
                        residents::anonymise),
                new PersonalDataCategory(
                        "staff-account",
                        PersonalDataCategory.Subject.STAFF,
                        "privacy.data.staff",
                        "privacy.basis.employment",
                        "privacy.retention.staff",
                        id -> staff.byId(id)
                                .map(a -> List.<Map<String, @Nullable Object>>of(Map.of(
                                        "username",
                                        a.username(),
                                        "displayName",
                                        a.displayName(),
                                        "email",
                                        String.valueOf(a.email()),
                                        "roles",
                                        a.roles().toString())))
                                .orElse(List.of()),
                        null),
                new PersonalDataCategory(
                        "mail-outbox",
                        PersonalDataCategory.Subject.RESIDENT,
                        "privacy.data.mail",
                        "privacy.basis.publicInterest",
                        "privacy.retention.mail",
                        null,
                        null));
    }
}
