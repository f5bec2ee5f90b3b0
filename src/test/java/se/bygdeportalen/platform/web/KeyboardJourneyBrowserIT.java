package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * A resident and a staff member get through their journeys with the keyboard alone: no clicks, no
 * filled-in fields, only Tab, Shift+Tab, arrow keys, Enter and typed characters. Every element that
 * receives focus on the way shows a visible focus indicator and stays readable while focused.
 */
@BrowserTest
class KeyboardJourneyBrowserIT {

    /** Far more Tab presses than any page here needs; a journey that takes more is lost. */
    private static final int MAX_TABS = 60;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Messages messages;

    // ---- the resident's journey ----------------------------------------------------------------

    @Test
    void aResidentGetsAroundWithTheKeyboardOnly(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TestResidents.demoResident(jdbc, "Tangent", "Först" + suffix);
        long second = TestResidents.demoResident(jdbc, "Tangent", "Andra" + suffix);
        Page page = browser.page();
        browser.open("/sv/");

        // The first Tab reaches the skip link, which comes into view.
        OnScreen skip = new OnScreen(page, "a.skip-link");
        assertThat(skip.insideViewport())
                .as("the skip link is hidden until it has focus")
                .isFalse();
        press(page, "Tab");
        assertThat(focused(page).get("selector")).isEqualTo("a.skip-link");
        assertThat(skip.insideViewport())
                .as("the focused skip link is on screen")
                .isTrue();
        assertVisibleFocus(page);

        // Enter moves focus to the main content.
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'main'");
        assertThat(page.url()).endsWith("/sv/#main");

        // Back up through the header to the language switch and choose Meänkieli: same page, in Meänkieli.
        tabUntil(page, "Shift+Tab", ".lang-switch a[hreflang=fit]");
        assertThat(focused(page).get("text")).isEqualTo("Meänkieli");
        page.keyboard().press("Enter");
        page.waitForURL("**/fit/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fit");

        // Tab to the sign-in link in the header and follow it.
        tabUntil(page, "Tab", ".account a");
        assertThat(focused(page).get("text"))
                .isEqualTo(messages.get(Lang.FIT, "layout.signIn"))
                .isEqualTo("Lokkaa sisäle");
        page.keyboard().press("Enter");
        page.waitForURL("**/fit/logga-in");

        // Choose the second demo resident with the arrow keys and sign in with Enter.
        tabUntil(page, "Tab", "input[type=radio][name=resident]");
        assertThat(focused(page).get("checked"))
                .as("Tab lands on the checked radio of the group")
                .isEqualTo(true);
        for (int i = 0;
                i < MAX_TABS && !String.valueOf(second).equals(focused(page).get("value"));
                i++) {
            press(page, "ArrowDown");
            assertThat(focused(page).get("checked"))
                    .as("arrow keys move focus and choice together")
                    .isEqualTo(true);
        }
        assertThat(focused(page).get("value")).isEqualTo(String.valueOf(second));
        assertThat(page.locator("input[name=resident]:checked").getAttribute("value"))
                .isEqualTo(String.valueOf(second));
        page.keyboard().press("Enter");
        page.waitForURL("**/fit/mina-sidor");
        assertThat(page.locator("h1").innerText()).isEqualTo(messages.get(Lang.FIT, "myPages.title"));
        assertThat(page.locator("main").innerText())
                .contains("Tangent Andra" + suffix)
                .doesNotContain("Tangent Först" + suffix);

        // Sign out with the button in the header: back on the sign-in page, which says so.
        tabUntil(page, "Tab", ".account button[type=submit]");
        assertThat(focused(page).get("text")).isEqualTo(messages.get(Lang.FIT, "layout.signOut"));
        page.keyboard().press("Enter");
        page.waitForURL("**/fit/logga-in?utloggad");
        assertThat(page.locator("#signed-out-title").innerText()).isEqualTo(messages.get(Lang.FIT, "signIn.signedOut"));
        assertThat(page.locator(".account a").innerText()).isEqualTo("Lokkaa sisäle");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fit");
    }

    // ---- the staff member's journey ------------------------------------------------------------

    @Test
    void aStaffMemberRecoversFromAWrongPasswordWithTheKeyboardOnly(Browser browser) {
        PortalUser staff = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        Page page = browser.page();
        browser.open("/admin/login");

        tabUntil(page, "Tab", "#f-username");
        page.keyboard().type(staff.username());
        press(page, "Tab");
        assertThat(focused(page).get("id")).isEqualTo("f-password");
        page.keyboard().type("not the password at all");
        page.keyboard().press("Enter");

        // The error summary appears and, with JavaScript, takes focus so it is read first.
        page.waitForURL("**/admin/login?lang=sv");
        page.waitForFunction(
                "() => document.activeElement && document.activeElement.classList.contains('error-summary')");
        assertThat(page.locator(".error-summary").innerText())
                .contains(messages.get(Lang.SV, "form.errorSummary.title"))
                .contains(messages.get(Lang.SV, "staffSignIn.failed"));
        assertVisibleFocus(page);

        // Its link leads straight to the username field, which kept what was typed.
        press(page, "Tab");
        assertThat(focused(page).get("selector")).isEqualTo("a[href='#f-username']");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'f-username'");
        assertVisibleFocus(page);
        assertThat(page.inputValue("#f-username")).isEqualTo(staff.username());

        press(page, "Tab");
        assertThat(focused(page).get("id")).isEqualTo("f-password");
        page.keyboard().type(TestStaff.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/admin"));
        assertThat(page.locator("h1").innerText()).isEqualTo(messages.get(Lang.SV, "admin.home.title"));
        assertThat(page.locator(".account-name").innerText()).contains(staff.displayName());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Presses a key that moves focus, then checks the newly focused element shows it. */
    private static void press(Page page, String key) {
        page.keyboard().press(key);
        assertVisibleFocus(page);
    }

    /** Presses the key until the focused element matches the CSS selector, checking the focus indicator at every step. */
    private static void tabUntil(Page page, String key, String selector) {
        List<Object> trail = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            press(page, key);
            trail.add(focused(page).get("selector"));
            if (Boolean.TRUE.equals(page.evaluate(
                    "selector => !!document.activeElement && document.activeElement.matches(selector)", selector))) {
                return;
            }
        }
        throw new AssertionError(
                "Never reached " + selector + " with " + key + " on " + page.url() + "; focus went " + trail);
    }

    /** What has focus: a selector-like description, its text, and for inputs their value and state. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body) return { selector: 'body' };
                  let selector = el.tagName.toLowerCase();
                  if (el.id) selector += '#' + el.id;
                  else if (el.classList.length) selector += '.' + el.classList[0];
                  else if (el.getAttribute('href')) selector += "[href='" + el.getAttribute('href') + "']";
                  return { selector, id: el.id, text: (el.innerText || '').trim(), value: el.value ?? null, checked: el.checked ?? null };
                }
                """);
    }

    /**
     * The focused element must look different with focus than without: an outline of at least 2px,
     * a new box shadow or a new background. While focused its text must keep a 4.5:1 contrast.
     * Focus is taken away for a moment to read the unfocused style, then put back.
     */
    @SuppressWarnings("unchecked")
    private static void assertVisibleFocus(Page page) {
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body) return { ok: false, why: 'nothing has focus' };
                  const pick = cs => ({ outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth) || 0,
                      outlineColor: cs.outlineColor, boxShadow: cs.boxShadow, background: cs.backgroundColor, color: cs.color });
                  const withFocus = pick(getComputedStyle(el));
                  el.blur();
                  const without = pick(getComputedStyle(el));
                  el.focus({ focusVisible: true, preventScroll: true });
                  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                      const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
                  const transparent = c => { const p = parse(c); return !p || p.a === 0; };
                  const outline = withFocus.outlineStyle !== 'none' && withFocus.outlineWidth >= 2 && !transparent(withFocus.outlineColor)
                      && (without.outlineStyle === 'none' || without.outlineWidth < 2 || without.outlineColor !== withFocus.outlineColor);
                  const shadow = withFocus.boxShadow !== 'none' && withFocus.boxShadow !== without.boxShadow;
                  const background = withFocus.background !== without.background && !transparent(withFocus.background);
                  // Contrast of the focused text against what is behind it.
                  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
                  let node = el, behind = null;
                  while (node && node.nodeType === 1) { const bg = getComputedStyle(node).backgroundColor;
                      if (!transparent(bg)) { behind = parse(bg); break; } node = node.parentElement; }
                  behind = behind || { r: 255, g: 255, b: 255 };
                  const fg = parse(withFocus.color);
                  const l1 = lum(fg), l2 = lum(behind);
                  const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                  const hasText = (el.tagName === 'A' || el.tagName === 'BUTTON') && (el.innerText || '').trim().length > 0;
                  const describe = el.outerHTML.slice(0, 160);
                  return { ok: outline || shadow || background, readable: !hasText || contrast >= 4.5,
                      contrast: Math.round(contrast * 100) / 100, element: describe, withFocus, without };
                }
                """);
        assertThat(result.get("ok"))
                .as("visible focus indicator on " + page.url() + ": " + result)
                .isEqualTo(true);
        assertThat(result.get("readable"))
                .as("focused text readable (4.5:1) on " + page.url() + ": " + result)
                .isEqualTo(true);
    }

    /** Where an element is drawn, relative to the viewport. */
    private record OnScreen(Page page, String selector) {
        boolean insideViewport() {
            BoundingBox box = page.locator(selector).boundingBox();
            var size = page.viewportSize();
            return box != null
                    && box.width >= 1
                    && box.height >= 1
                    && box.x >= 0
                    && box.y >= 0
                    && box.x + box.width <= size.width
                    && box.y + box.height <= size.height;
        }
    }
}
