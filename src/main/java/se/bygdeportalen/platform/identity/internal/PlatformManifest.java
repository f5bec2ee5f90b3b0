package se.bygdeportalen.platform.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.AuditAction;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PlatformPersonalData;
import se.bygdeportalen.platform.security.Role;

/**
 * The shared core's manifest: staff accounts, residents, the audit log and the component examples.
 */
@Component
public class PlatformManifest implements ModuleManifest {

    private final ResidentRepository residents;
    private final StaffAccountRepository staff;
    private final List<PlatformPersonalData> parts;
    private final Clock clock;

    PlatformManifest(
            ResidentRepository residents, StaffAccountRepository staff, List<PlatformPersonalData> parts, Clock clock) {
        this.residents = residents;
        this.staff = staff;
        this.parts = parts;
        this.clock = clock;
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

    /** The platform's own categories, then those of the platform modules without a manifest (mail, rate limits). */
    @Override
    public List<PersonalDataCategory> personalData() {
        List<PersonalDataCategory> all = new ArrayList<>(List.of(
                new PersonalDataCategory(
                        "resident",
                        PersonalDataCategory.Subject.RESIDENT,
                        "privacy.data.resident",
                        "privacy.basis.publicInterest",
                        "privacy.retention.resident",
                        person -> residents.exportRows(person.id()),
                        person -> residents.anonymise(person.id(), clock.instant()),
                        "privacy.kept.resident",
                        null),
                new PersonalDataCategory(
                        "staff-account",
                        PersonalDataCategory.Subject.STAFF,
                        "privacy.data.staff",
                        "privacy.basis.employment",
                        "privacy.retention.staff",
                        person -> staff.byId(person.id())
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
                        null)));
        parts.forEach(part -> all.addAll(part.personalData()));
        return List.copyOf(all);
    }
}
