package se.bygdeportalen.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.AdminLink;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.NavLink;
import se.bygdeportalen.platform.security.PortalUser;

/**
 * Everything a template needs about the current request: language, texts, links, the signed-in
 * person and the CSRF token. Nothing in it differs between two anonymous readers of one address, so
 * such pages can be shared by caches (ADR 0017). Every template takes it as {@code @param WebContext ctx}.
 */
public final class WebContext {

    /** A language version of the current page. */
    public record Alternate(Lang lang, String href, String absoluteHref, boolean current) {}

    private final Lang lang;
    private final boolean staffArea;
    private final String pathAfterLang;
    private final @Nullable String query;
    private final @Nullable CsrfToken csrf;
    private final @Nullable PortalUser user;
    private final Messages messages;
    private final DateFormats formats;
    private final ModuleRegistry modules;
    private final PlatformProperties properties;
    private final Assets assets;
    private final TranslatableText.Localized municipalityName;
    private final TranslatableText.@Nullable Localized openingHours;
    private @Nullable List<Alternate> alternates;

    WebContext(
            Lang lang,
            boolean staffArea,
            String pathAfterLang,
            @Nullable String query,
            @Nullable CsrfToken csrf,
            @Nullable PortalUser user,
            Messages messages,
            ModuleRegistry modules,
            PlatformProperties properties,
            Assets assets,
            TranslatableText municipalityName,
            @Nullable TranslatableText openingHours) {
        this.lang = lang;
        this.staffArea = staffArea;
        this.pathAfterLang = pathAfterLang;
        this.query = query;
        this.csrf = csrf;
        this.user = user;
        this.messages = messages;
        this.formats = new DateFormats(lang);
        this.modules = modules;
        this.properties = properties;
        this.assets = assets;
        this.municipalityName = municipalityName.in(lang);
        this.openingHours = openingHours == null ? null : openingHours.in(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The {@code lang} attribute of the page. */
    public String langCode() {
        return lang.code();
    }

    /** A UI text in the page's language. */
    public String t(String key, @Nullable Object... args) {
        return messages.get(lang, key, args);
    }

    /** Translated content in the page's language, or its Swedish fallback. */
    public TranslatableText.@Nullable Localized text(@Nullable TranslatableText text) {
        return text == null ? null : text.in(lang);
    }

    public DateFormats format() {
        return formats;
    }

    /** A count for a sentence: "57", or "more than 1 000" when it was capped. */
    public String count(CappedCount count) {
        String number = format().number(count.value());
        return count.capped() ? t("pagination.moreThan", number) : number;
    }

    /** A public link in the current language: {@code url("/kontakt")} is {@code /sv/kontakt}. */
    public String url(String path) {
        return "/" + lang.code() + (path.isEmpty() || path.equals("/") ? "/" : path);
    }

    /** Absolute URL for mails, feeds and canonical links. */
    public String absoluteUrl(String path) {
        return properties.baseUrl() + path;
    }

    public String asset(String path) {
        return assets.url(path);
    }

    /** The CSRF token; asking for it is what gives an anonymous visitor a session, so only forms do. */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public Optional<PortalUser> user() {
        return Optional.ofNullable(user);
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean isStaff() {
        return user != null && user.isStaff();
    }

    public boolean isResident() {
        return user != null && user.isResident();
    }

    public boolean staffArea() {
        return staffArea;
    }

    public boolean demoSignIn() {
        return properties.demo().signIn();
    }

    public PlatformProperties.Municipality municipality() {
        return properties.municipality();
    }

    /**
     * {@code "sv"} on pages in other languages, null on Swedish pages: for text that only exists in
     * Swedish, such as addresses from the configuration.
     */
    public @Nullable String swedishLangAttr() {
        return lang == Lang.SV ? null : Lang.SV.code();
    }

    public TranslatableText.Localized municipalityName() {
        return municipalityName;
    }

    /** The municipality's opening hours in this language, or null when none are configured. */
    public TranslatableText.@Nullable Localized openingHours() {
        return openingHours;
    }

    public List<NavLink> navigation() {
        return modules.navigation();
    }

    public List<NavLink> footerLinks() {
        return modules.footerLinks();
    }

    /** True when the navigation link points at the current page or a page below it. */
    public boolean isCurrent(NavLink link) {
        if (staffArea) {
            return false;
        }
        return link.path().equals("/") ? pathAfterLang.equals("/") : pathAfterLang.startsWith(link.path());
    }

    public List<AdminLink> adminLinks() {
        return user == null || !user.isStaff() ? List.of() : modules.adminLinksFor(user);
    }

    /** The same page in every language; public pages only, staff pages switch by a form. */
    public List<Alternate> alternates() {
        if (alternates == null) {
            alternates = buildAlternates();
        }
        return alternates;
    }

    private List<Alternate> buildAlternates() {
        List<Alternate> list = new ArrayList<>(4);
        if (staffArea) {
            return list;
        }
        String rest = pathAfterLang + (query == null ? "" : "?" + query);
        for (Lang l : Lang.values()) {
            String href = "/" + l.code() + rest;
            list.add(new Alternate(l, href, properties.baseUrl() + "/" + l.code() + pathAfterLang, l == lang));
        }
        return list;
    }

    public String canonicalUrl() {
        return properties.baseUrl() + "/" + lang.code() + pathAfterLang;
    }

    /** Path of this page after the language prefix, e.g. {@code /kontakt}. */
    public String pathAfterLang() {
        return pathAfterLang;
    }

    /** The current path and query, for a language switch form on staff pages to return to. */
    public String currentPathWithQuery() {
        return (staffArea ? "" : "/" + lang.code()) + pathAfterLang + (query == null ? "" : "?" + query);
    }

    /** The language's own name, e.g. "Meänkieli"; always written in that language. */
    public String languageName(Lang l) {
        return messages.get(l, "language.name." + l.code());
    }
}
