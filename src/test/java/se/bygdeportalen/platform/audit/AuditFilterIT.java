package se.bygdeportalen.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/** The audit log's filter is read as text and checked like any form: what cannot be read is shown at its field with 400, never a 500. */
@IntegrationTest
class AuditFilterIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    PortalUser admin;
    String entityType;

    @BeforeEach
    void anEntryOfItsOwn() {
        admin = new TestStaff(jdbc, encoder).create(Role.ADMINISTRATOR);
        // A made-up record kind, so this test's entry is the only one the filter can match.
        entityType = "filter_test_" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> audit.recordCreate(
                Actor.system("audit filter test"),
                PlatformAudit.STAFF_ACCOUNT_CREATED,
                entityType,
                4711,
                "Created for the filter test",
                Map.of()));
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("entityType", entityType).with(TestStaff.as(admin)))
                .andReturn()
                .getResponse();
    }

    @Test
    void aReadableFilterFindsTheEntry() throws Exception {
        MockHttpServletResponse response = page(
                get("/admin/granskningslogg").param("actor", "audit filter").param("entityId", "4711"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".error-summary")).isEmpty();
        assertThat(html.select("table tbody tr")).hasSize(1);
        assertThat(html.select("table tbody tr").text()).contains("system: audit filter test");
    }

    @Test
    void anUnreadableOrReversedDateIsShownAtItsFieldAndTheListIgnoresTheDates() throws Exception {
        MockHttpServletResponse unreadable = page(get("/admin/granskningslogg").param("from", "31/12/2025"));
        assertThat(unreadable.getStatus()).isEqualTo(400);
        Document html = Jsoup.parse(unreadable.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".error-summary a[href=#f-from]").text())
                .isEqualTo(
                        "Kontrollera datumen. Skriv dem som ÅÅÅÅ-MM-DD, och till och med får inte vara före från och med.");
        assertThat(html.select("input[name=from]").attr("value")).isEqualTo("31/12/2025");
        assertThat(html.select("table tbody tr")).hasSize(1);

        MockHttpServletResponse reversed =
                page(get("/admin/granskningslogg").param("from", "2026-05-02").param("to", "2026-05-01"));
        assertThat(reversed.getStatus()).isEqualTo(400);
        Document reversedHtml = Jsoup.parse(reversed.getContentAsString(StandardCharsets.UTF_8));
        assertThat(reversedHtml.select(".error-summary a[href=#f-to]").text()).startsWith("Kontrollera datumen.");
        assertThat(reversedHtml.select(".error-summary a[href=#f-from]")).isEmpty();
    }

    @Test
    void aUsernameWithALineBreakIsABadRequestWithAFieldMessage() throws Exception {
        MockHttpServletResponse response = page(get("/admin/granskningslogg").param("actor", "anna\nlantto"));
        assertThat(response.getStatus()).isEqualTo(400);
        Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".error-summary a[href=#f-actor]").text())
                .isEqualTo(
                        "Fältet vem (användarnamn) får inte innehålla radbrytningar, tabbar eller andra styrtecken.");
    }
}
