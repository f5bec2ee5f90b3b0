package se.bygdeportalen.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.Browser;
import se.bygdeportalen.test.BrowserTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/** The organisation's public and staff pages pass axe in all four languages and work at 320 px. */
@BrowserTest
class OrganisationPagesBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    private Body body;
    private Term term;
    private long seat;
    private long person;

    @BeforeEach
    void data() {
        OrganisationFixtures fixtures = new OrganisationFixtures(jdbc);
        LocalDate today = clock.today();
        term = fixtures.termCovering(today);
        body = fixtures.body(Body.Kind.EXECUTIVE_BOARD, "Kommunstyrelsen");
        person = fixtures.person("Helena Ordförande", "S", Member.Sex.FEMALE, null);
        seat = fixtures.seat(person, body.id(), term, Member.Role.CHAIR, term.startsOn(), term.endsOn());
        fixtures.seats(body.id(), term, 6);
        long substitute = fixtures.person("Olof Ersättare", "C", Member.Sex.MALE, null);
        fixtures.seat(substitute, body.id(), term, Member.Role.SUBSTITUTE, term.startsOn(), term.endsOn());
    }

    @Test
    void publicPagesAreAccessibleInEveryLanguage(Browser browser) {
        for (Lang lang : Lang.values()) {
            for (String path : new String[] {"/organisation", "/organisation/" + body.slug(), "/sa-fattas-besluten"}) {
                browser.open("/" + lang.code() + path);
                browser.assertAccessible();
            }
            assertThat(browser.page().locator("main ol > li").count()).isEqualTo(7);
            assertThat(browser.page().locator("main ol svg[aria-hidden=true]").count())
                    .isEqualTo(7);
        }
    }

    @Test
    void theStepsAndTheBodyPageReflowAt320Pixels(Browser browser) {
        browser.page().setViewportSize(320, 640);
        for (String path : new String[] {"/fit/sa-fattas-besluten", "/fi/organisation/" + body.slug()}) {
            browser.open(path);
            Object overflow = browser.page()
                    .evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("horizontal scrolling on " + path).isEqualTo(false);
            browser.assertAccessible();
        }
    }

    @Test
    void staffPagesAreAccessibleInEveryLanguage(Browser browser) {
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        for (Lang lang : Lang.values()) {
            PortalUser admin = new TestStaff(jdbc, encoder).create(lang, Role.ADMINISTRATOR);
            browser.context().clearCookies();
            browser.signInAsStaff(admin.username(), TestStaff.PASSWORD);
            for (String path : new String[] {
                "/admin/organisation",
                "/admin/organisation/organ/ny",
                "/admin/organisation/organ/" + body.id(),
                "/admin/organisation/organ/" + body.id() + "/ledamoter",
                "/admin/organisation/uppdrag/" + seat,
                "/admin/organisation/personer",
                "/admin/organisation/personer/ny",
                "/admin/organisation/personer/" + person,
                "/admin/organisation/mandatperioder/" + term.id(),
                "/admin/organisation/byar",
                "/admin/organisation/registratorer",
                "/admin/organisation/registratorer/" + registrar.id()
            }) {
                browser.open(path);
                browser.assertAccessible();
            }
            // A refused seat shows the error summary and the messages at the fields.
            browser.open("/admin/organisation/organ/" + body.id() + "/ledamoter");
            browser.page().click("form[method=post][action$='/ledamoter'] button[type=submit]");
            assertThat(browser.page().locator(".error-summary").isVisible()).isTrue();
            browser.assertAccessible();
        }
    }
}
