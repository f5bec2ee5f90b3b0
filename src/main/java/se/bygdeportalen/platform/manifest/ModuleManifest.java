package se.bygdeportalen.platform.manifest;

import java.util.List;

/**
 * What one capability module gives the platform, declared in one place (like Decidim's component
 * manifest): its links, indicators, open-data exports, searchable content, personal data and audit
 * events. Each module has exactly one manifest bean; {@code ModularityTests} checks that.
 */
public interface ModuleManifest {

    /** The module's package name, e.g. {@code "site"}. */
    String id();

    /** Entries in the public main navigation. */
    default List<NavLink> navigation() {
        return List.of();
    }

    /** Links in the footer's "about this site" list. */
    default List<NavLink> footerLinks() {
        return List.of();
    }

    /** Links on a signed-in resident's "My pages", e.g. to their own proposals or loans. */
    default List<NavLink> myPagesLinks() {
        return List.of();
    }

    /** Entries on the staff start page, shown to the roles that may use them. */
    default List<AdminLink> adminLinks() {
        return List.of();
    }

    /** Indicators this module measures for the programme's goals. */
    default List<IndicatorDefinition> indicators() {
        return List.of();
    }

    /** Open-data exports (CSV, JSON, feeds) this module publishes. */
    default List<OpenDataExport> openData() {
        return List.of();
    }

    /** Kinds of public content this module makes searchable. */
    default List<SearchableContent> searchableContent() {
        return List.of();
    }

    /** Personal data this module keeps, with how it is exported and erased. */
    default List<PersonalDataCategory> personalData() {
        return List.of();
    }

    /** Audit actions this module records; recording an undeclared action is an error. */
    default List<AuditAction> auditEvents() {
        return List.of();
    }
}
