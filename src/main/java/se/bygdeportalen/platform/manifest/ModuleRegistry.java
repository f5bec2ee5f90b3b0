package se.bygdeportalen.platform.manifest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.security.PortalUser;

/** All module manifests, checked for clashes once at start-up. */
@Component
public class ModuleRegistry {

    private final List<ModuleManifest> manifests;
    private final List<NavLink> navigation;
    private final List<NavLink> footerLinks;
    private final Map<String, AuditAction> auditEvents = new HashMap<>();

    public ModuleRegistry(List<ModuleManifest> manifests) {
        this.manifests = manifests.stream()
                .sorted(Comparator.comparing(ModuleManifest::id))
                .toList();
        Set<String> ids = new HashSet<>();
        for (ModuleManifest m : this.manifests) {
            if (!ids.add(m.id())) {
                throw new IllegalStateException("Two manifests for module " + m.id());
            }
            for (AuditAction e : m.auditEvents()) {
                if (auditEvents.putIfAbsent(e.action(), e) != null) {
                    throw new IllegalStateException("Audit action declared twice: " + e.action());
                }
            }
        }
        this.navigation = this.manifests.stream()
                .flatMap(m -> m.navigation().stream())
                .sorted(Comparator.comparingInt(NavLink::order))
                .toList();
        this.footerLinks = this.manifests.stream()
                .flatMap(m -> m.footerLinks().stream())
                .sorted(Comparator.comparingInt(NavLink::order))
                .toList();
    }

    public List<NavLink> myPagesLinks() {
        return manifests.stream()
                .flatMap(m -> m.myPagesLinks().stream())
                .sorted(Comparator.comparingInt(NavLink::order))
                .toList();
    }

    public List<NavLink> footerLinks() {
        return footerLinks;
    }

    public List<ModuleManifest> manifests() {
        return manifests;
    }

    public List<NavLink> navigation() {
        return navigation;
    }

    public List<AdminLink> adminLinksFor(PortalUser user) {
        return manifests.stream()
                .flatMap(m -> m.adminLinks().stream())
                .filter(l -> l.roles().isEmpty() || user.hasAnyRole(l.roles()))
                .sorted(Comparator.comparingInt(AdminLink::order))
                .toList();
    }

    public Optional<AuditAction> auditEvent(String action) {
        return Optional.ofNullable(auditEvents.get(action));
    }

    public List<AuditAction> auditEvents() {
        return auditEvents.values().stream()
                .sorted(Comparator.comparing(AuditAction::action))
                .toList();
    }

    public List<IndicatorDefinition> indicators() {
        return manifests.stream().flatMap(m -> m.indicators().stream()).toList();
    }

    public List<PersonalDataCategory> personalData() {
        return manifests.stream().flatMap(m -> m.personalData().stream()).toList();
    }

    /** Every searchable kind of every module, in the order the results page shows them. */
    public List<SearchableContent> searchableContent() {
        List<SearchableContent> all = manifests.stream()
                .flatMap(m -> m.searchableContent().stream())
                .sorted(Comparator.comparingInt(SearchableContent::order).thenComparing(SearchableContent::kind))
                .toList();
        if (all.stream().map(SearchableContent::kind).distinct().count() != all.size()) {
            throw new IllegalStateException("A searchable kind is declared twice: "
                    + all.stream().map(SearchableContent::kind).toList());
        }
        return all;
    }

    /** Every module's datasets, ordered by module id as declared. */
    public List<OpenDataExport> openData() {
        List<OpenDataExport> all =
                manifests.stream().flatMap(m -> m.openData().stream()).toList();
        if (all.stream().map(OpenDataExport::id).distinct().count() != all.size()) {
            throw new IllegalStateException("An open-data id is declared twice: "
                    + all.stream().map(OpenDataExport::id).toList());
        }
        return all;
    }
}
