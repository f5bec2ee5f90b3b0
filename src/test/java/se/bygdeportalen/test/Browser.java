package se.bygdeportalen.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium for the whole test run; every test gets a fresh, cookie-free browser context.
 * The browser is Debian's (/usr/bin/chromium, or $CHROMIUM_PATH); Playwright downloads nothing.
 */
public final class Browser {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    private final String baseUrl;
    private final BrowserContext context;
    private final Page page;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.context = chromium()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setBaseURL(baseUrl)
                        .setLocale("sv-SE")
                        .setViewportSize(1280, 900));
        this.page = context.newPage();
        this.page.setDefaultTimeout(15_000);
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            // Closed by the root extension store at the end of the run (see Extension), not by a shutdown hook.
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException(
                        "Chromium not found at " + executable + ": run `apt-get install -y chromium` (.ci/run does)");
            }
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(executable))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
        }
        return chromium;
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path and returns the response, failing on anything but the expected status. */
    public Response open(String path, int expectedStatus) {
        Response response = page.navigate(path);
        assertThat(response.status()).as("status of " + path).isEqualTo(expectedStatus);
        return response;
    }

    public Response open(String path) {
        return open(path, 200);
    }

    /**
     * The axe rules whose outcome depends on a page's words: accessible names, labels, titles, headings
     * and the language attributes. The rest (colour contrast, structure, ARIA use, landmarks) depends on
     * markup and CSS, which a template has alike in every language.
     */
    static final List<String> TEXT_RULES = List.of(
            "document-title",
            "html-has-lang",
            "html-lang-valid",
            "html-xml-lang-mismatch",
            "valid-lang",
            "link-name",
            "button-name",
            "input-button-name",
            "input-image-alt",
            "image-alt",
            "svg-img-alt",
            "role-img-alt",
            "object-alt",
            "area-alt",
            "label",
            "select-name",
            "aria-input-field-name",
            "aria-toggle-field-name",
            "aria-command-name",
            "aria-meter-name",
            "aria-progressbar-name",
            "aria-tooltip-name",
            "aria-dialog-name",
            "summary-name",
            "empty-heading",
            "empty-table-header",
            "frame-title",
            "frame-title-unique",
            "landmark-unique");

    /** Runs axe (WCAG 2.0/2.1 A and AA) on the current page and fails with a readable list of violations. */
    public void assertAccessible() {
        assertNoViolations(axe().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze());
    }

    /**
     * Runs only axe's {@link #TEXT_RULES}: for a page whose template passed {@link #assertAccessible()}
     * in another language, at a fraction of the cost (colour contrast is most of axe's time).
     */
    public void assertAccessibleText() {
        assertNoViolations(axe().withRules(TEXT_RULES).analyze());
    }

    /**
     * axe run in the page itself ("legacy mode"). The default runs axe per frame and then finishes in a
     * new blank page with axe injected again, for cross-origin frames, which no page here has; that new
     * page per check was most of the route walk's time.
     */
    private AxeBuilder axe() {
        return new AxeBuilder(page).setLegacyMode(true);
    }

    private void assertNoViolations(AxeResults results) {
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("axe violations on " + page.url() + "\n" + report)
                .isEmpty();
    }

    /** Signs in as staff through the real sign-in form. */
    public void signInAsStaff(String username, String password) {
        page.navigate("/admin/login");
        page.fill("#f-username", username);
        page.fill("#f-password", password);
        page.click("form[action^='/admin/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/admin/login"));
    }

    void close() {
        context.close();
    }

    private static synchronized void shutDown() {
        if (chromium != null) {
            chromium.close();
            playwright.close();
            chromium = null;
        }
    }

    /** Hands a {@link Browser} to test methods and closes it after each test. */
    public static final class Extension implements ParameterResolver, AfterEachCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            context.getRoot()
                    .getStore(NS)
                    .getOrComputeIfAbsent("chromium", key -> (AutoCloseable) Browser::shutDown, AutoCloseable.class);
            String port = SpringExtension.getApplicationContext(context)
                    .getEnvironment()
                    .getProperty("local.server.port");
            Browser browser = new Browser("http://localhost:" + port);
            context.getStore(NS).put("browser", browser);
            return browser;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Browser browser = context.getStore(NS).remove("browser", Browser.class);
            if (browser != null) {
                browser.close();
            }
        }
    }
}
