package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.HtmlValidator;
import se.bygdeportalen.test.TestStaff;

/**
 * Every page, found without listing it: the application's own GET mappings say which pages exist, and
 * a walk over the links of the demo data, in all four languages, as a visitor, a signed-in resident
 * and a staff member with every role, opens one address of each, runs axe on it (every WCAG 2.1 A/AA
 * and best-practice rule in the first language, the rules that read words in the other three) and
 * checks its HTML with the Nu Html Checker (the W3C's validator, run once over all pages at the end),
 * in every language. A page that the
 * walk cannot reach from a link fails the test by name, so a new page is covered the day it is added
 * (or the reason it cannot be reached is written down in {@link #NOT_LINKED}). Every link the walk
 * follows must answer 200: a broken link fails it too. Two test classes walk the two sides
 * ({@link PublicRouteWalkBrowserIT}, {@link StaffRouteWalkBrowserIT}), so the test JVMs walk them at once.
 */
@BrowserTest
@TestPropertySource(properties = "bygdeportalen.demo.data=true")
abstract class RouteWalk {

    private static final Logger log = LoggerFactory.getLogger(RouteWalk.class);

    /** Addresses that are not pages: feeds, exports, files, the API, sign-in machinery. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*\\.(ics|atom|csv|json|pdf|rdf|jsonld|xml|txt|svg|png|jpg|js|css)$|^/api/.*|^/assets/.*|^/error$|^/login/.*|^/oauth2/.*"
                    + "|.*/bilagor/.*|.*/dokument/.*|.*/fil(er)?/.*|^/admin/e-post/demo-inkorg/.*/bilaga/.*");

    /**
     * GET pages that no link leads to, each with the reason; they are covered by their own journey tests.
     * Keep this short: a page a person can only reach by typing its address is usually a missing link.
     */
    private static final Map<String, String> NOT_LINKED = Map.ofEntries(
            Map.entry("/{lang:sv|fi|fit|en}", "redirects to the start page with its slash"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/sok",
                    "reached through the header's search form, a GET form (SiteSearchBrowserIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/logga-in/e-legitimation",
                    "starts the e-ID sign-in: a redirect to the broker (OidcSignInIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/andra/{token:[A-Za-z0-9_-]+}",
                    "from the link in an amendment mail (ProposalPagesBrowserIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/avsluta/{token:[A-Za-z0-9_-]+}",
                    "from the unsubscribe link in a mail (ProposalNotificationIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/bekrafta/{token:[A-Za-z0-9_-]+}",
                    "from the confirmation link in a mail (ProposalPagesBrowserIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/kvitto/{token:[A-Za-z0-9_-]+}",
                    "the receipt after sending, reached by a POST (ProposalPagesBrowserIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/mina/{id:[0-9]+}/granska",
                    "the review step, reached by saving a draft (POST) (ProposalPagesBrowserIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/medborgarforslag/nytt/utan-e-legitimation/skickat",
                    "after sending the e-mail form (POST) (ProposalPagesBrowserIT)"),
            Map.entry(
                    "/admin/personuppgifter/{id}",
                    "reached by searching a personal identity number, a POST (PersonalDataRequestsIT)"),
            Map.entry(
                    "/admin/sammantraden/{id}/beslut/ny",
                    "linked from a held meeting whose minutes are not approved; the demo year has none (DecisionPagesBrowserIT)"),
            Map.entry(
                    "/admin/sammantraden/{id}/beslut/{decisionId}/andra",
                    "linked from a held meeting whose minutes are not approved; the demo year has none (DecisionEditIT)"),
            Map.entry(
                    "/{lang:sv|fi|fit|en}/sammantraden/{id:\\d+}/protokoll",
                    "linked once signed minutes are uploaded; the demo data uploads none (DecisionPagesBrowserIT)"),
            Map.entry(
                    "/admin/e-post/demo-inkorg",
                    "exists only without an SMTP server, as in the demo run; the tests have one (DemoInboxIT)"));

    /** How many addresses of one page a walk opens to find links (axe runs on the first): meetings differ by state. */
    private static final int SAMPLES_PER_PAGE = 2;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    /**
     * Runs the walks of one side (the public pages as a visitor and a resident, or the staff pages as a
     * staff member with every role), then fails on broken links, invalid HTML and pages of that side
     * the walks never reached.
     */
    void walkAndCheck(Browser browser, boolean staffSide) throws Exception {
        List<PathPattern> pages = htmlGetPatterns().stream()
                .filter(p -> p.getPatternString().startsWith("/admin") == staffSide)
                .toList();
        Map<String, Set<String>> checked = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        Path html = Files.createDirectories(Path.of("target", "route-walk", staffSide ? "staff" : "public"));
        try (var old = Files.list(html)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Walked walked = new Walked(html);

        if (staffSide) {
            for (Lang lang : Lang.values()) {
                PortalUser staff = new TestStaff(jdbc, encoder).create(lang, Role.values());
                browser.signInAsStaff(staff.username(), TestStaff.PASSWORD);
                walk(browser, List.of("/admin"), pages, lang, "staff", checked, broken, walked);
                browser.context().clearCookies();
            }
        } else {
            for (Lang lang : Lang.values()) {
                walk(browser, List.of("/" + lang.code() + "/"), pages, lang, "visitor", checked, broken, walked);
            }
            browser.context().clearCookies();
            for (Lang lang : Lang.values()) {
                signInAsDemoResident(browser, lang);
                walk(
                        browser,
                        List.of("/" + lang.code() + "/mina-sidor", "/" + lang.code() + "/"),
                        pages,
                        lang,
                        "resident",
                        checked,
                        broken,
                        walked);
                browser.context().clearCookies();
            }
        }

        log.info(
                "Route walk ({}): {} addresses opened, axe on {} (axe {} s), HTML of {} pages validated",
                staffSide ? "staff" : "public",
                walked.opened,
                walked.axed,
                walked.axeMillis / 1000,
                walked.files.size());
        assertThat(broken).as("links that do not answer 200").isEmpty();
        assertThat(HtmlValidator.errors(walked.files))
                .as("HTML errors (Nu Html Checker)")
                .isEmpty();
        Set<String> missing = new TreeSet<>();
        for (PathPattern page : pages) {
            String key = page.getPatternString();
            if (NOT_LINKED.containsKey(key)) {
                continue;
            }
            Set<String> langs = checked.getOrDefault(key, Set.of());
            if (staffSide ? langs.isEmpty() : langs.size() < Lang.values().length) {
                missing.add(key + " (checked in " + langs + ")");
            }
        }
        assertThat(missing)
                .as("pages the walk never reached from a link; link them, or say why in NOT_LINKED")
                .isEmpty();
    }

    private void walk(
            Browser browser,
            List<String> seeds,
            List<PathPattern> pages,
            Lang lang,
            String who,
            Map<String, Set<String>> checked,
            List<String> broken,
            Walked walked) {
        Page page = browser.page();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        Map<String, Integer> samples = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            Optional<PathPattern> pattern = match(pages, path);
            if (pattern.isEmpty()) {
                continue;
            }
            int sample = samples.merge(pattern.get().getPatternString(), 1, Integer::sum);
            if (sample > SAMPLES_PER_PAGE) {
                continue; // a few addresses of each page per walk are enough
            }
            Response response = page.navigate(path);
            walked.opened++;
            String type = response.headers().getOrDefault("content-type", "");
            if (response.status() != 200) {
                broken.add(who + " " + lang.code() + " " + path + " -> " + response.status());
                continue;
            }
            if (!type.startsWith("text/html")) {
                continue;
            }
            if (!path.startsWith("/admin")) {
                assertThat(page.locator("html").getAttribute("lang"))
                        .as("lang of " + path)
                        .isEqualTo(lang.code());
            }
            String key = pattern.get().getPatternString();
            // The visitor's and the staff member's walks check every page in every language. A resident sees
            // the same templates as a visitor, with the signed-in header and their own actions: their walk
            // checks what the visitor's did not reach in this language and each page once as a resident.
            boolean check = sample == 1
                    && (!who.equals("resident")
                            || !walked.checkedAs.contains("visitor " + lang.code() + " " + key)
                            || walked.checkedAs.add("resident " + key));
            if (check) {
                walked.checkedAs.add(who + " " + lang.code() + " " + key);
                long start = System.nanoTime();
                // Every axe rule the first time a page is seen by this kind of user; in the other languages
                // the rules that read the words (the markup and CSS are the template's, alike in all four).
                if (walked.checkedAs.add("all rules " + who + " " + key)) {
                    browser.assertAccessible();
                } else {
                    browser.assertAccessibleText();
                }
                walked.axeMillis += (System.nanoTime() - start) / 1_000_000;
                walked.axed++;
                walked.save(who + " " + lang.code() + " " + path, response.text());
            }
            checked.computeIfAbsent(pattern.get().getPatternString(), k -> new TreeSet<>())
                    .add(lang.code());
            for (Object href :
                    (List<?>) page.evalOnSelectorAll("a[href]", "links => links.map(a => a.getAttribute('href'))")) {
                String next = sameSitePath(String.valueOf(href), path);
                if (next != null && followable(next, lang, who.equals("staff")) && seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
    }

    /**
     * Stays in the walk's area (staff pages for staff, the public pages of the walk's language for
     * everyone else: the other languages have their own walk) and off non-pages.
     */
    private static boolean followable(String path, Lang lang, boolean staff) {
        if (NOT_A_PAGE.matcher(path).matches() || path.startsWith("/admin/login")) {
            return false;
        }
        return staff ? path.startsWith("/admin") : path.startsWith("/" + lang.code() + "/");
    }

    private static String sameSitePath(String href, String from) {
        if (href.isBlank()
                || href.startsWith("#")
                || href.startsWith("mailto:")
                || href.startsWith("tel:")
                || href.startsWith("webcal:")) {
            return null;
        }
        try {
            URI uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
            if (!"localhost".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<PathPattern> match(List<PathPattern> pages, String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        PathContainer container = PathContainer.parsePath(path);
        return pages.stream().filter(p -> p.matches(container)).min(PathPattern.SPECIFICITY_COMPARATOR);
    }

    /** The patterns of every GET (or any-method) mapping that renders a page. */
    private List<PathPattern> htmlGetPatterns() {
        List<PathPattern> patterns = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            boolean producesOnlyData = !info.getProducesCondition().isEmpty()
                    && info.getProducesCondition().getProducibleMediaTypes().stream()
                            .noneMatch(m -> m.isCompatibleWith(org.springframework.http.MediaType.TEXT_HTML));
            if (producesOnlyData) {
                continue;
            }
            for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                if (!NOT_A_PAGE.matcher(p.getPatternString()).matches()
                        && !p.getPatternString().startsWith("/admin/login")
                        && !p.getPatternString().equals("/")
                        && !p.getPatternString().startsWith("/test-only")) {
                    patterns.add(p);
                }
            }
        }
        patterns.sort(Comparator.comparing(PathPattern::getPatternString));
        return patterns;
    }

    /** What the walk did, and the HTML of each page it checked, for one validator run at the end. */
    private static final class Walked {
        final Path dir;
        final Map<Path, String> files = new LinkedHashMap<>();
        final Set<String> checkedAs = new LinkedHashSet<>();
        int opened;
        int axed;
        long axeMillis;

        Walked(Path dir) {
            this.dir = dir;
        }

        void save(String what, String body) {
            Path file = dir.resolve(files.size() + ".html");
            try {
                Files.writeString(file, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(file, what);
        }
    }

    private static void signInAsDemoResident(Browser browser, Lang lang) {
        Page page = browser.page();
        browser.open("/" + lang.code() + "/logga-in");
        page.locator("form[action$='/logga-in/demo'] button[type=submit]").click();
        page.waitForURL("**/" + lang.code() + "/mina-sidor");
    }
}
