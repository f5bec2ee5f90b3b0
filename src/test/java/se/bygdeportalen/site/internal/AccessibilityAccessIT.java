package se.bygdeportalen.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * The accessibility statement and its known problems fail closed: nobody signed in, a resident and
 * staff without the communicator's or administrator's role are refused, in the use cases and on the
 * staff routes, and nothing changes; communicators, administrators and the system get through.
 */
@IntegrationTest
class AccessibilityAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @Autowired
    AddAccessibilityIssue addIssue;

    @Autowired
    RemoveAccessibilityIssue removeIssue;

    @Autowired
    UpdateAccessibilityStatement updateStatement;

    private LocalDate today;
    private PortalUser residentUser;
    private PortalUser registrarUser;
    private Actor resident;
    private Actor registrar;
    private Actor communicator;
    private Actor administrator;

    @BeforeEach
    void setUp() {
        today = clock.today();
        TestStaff staff = new TestStaff(jdbc, encoder);
        residentUser = PortalUser.resident(TestResidents.demoResident(jdbc, "Cecilia", "Invånare"), "Cecilia Invånare");
        registrarUser = staff.create(Role.REGISTRAR, Role.MODERATOR);
        resident = Actor.of(residentUser);
        registrar = Actor.of(registrarUser);
        communicator = Actor.of(staff.create(Role.COMMUNICATOR));
        administrator = Actor.of(staff.create(Role.ADMINISTRATOR));
    }

    @Test
    void knownProblemsAreAddedAndRemovedOnlyByTheirKeepers() {
        String marker = marker();
        AddAccessibilityIssue.Command issue =
                new AddAccessibilityIssue.Command(TranslatableText.swedish("Brist " + marker), "1.4.3", null);
        assertRefused(404, () -> addIssue.addAccessibilityIssue(issue, Actor.VISITOR));
        assertRefused(404, () -> addIssue.addAccessibilityIssue(issue, null));
        assertRefused(404, () -> addIssue.addAccessibilityIssue(issue, resident));
        assertRefused(403, () -> addIssue.addAccessibilityIssue(issue, registrar));
        assertThat(issuesWith(marker)).isZero();

        long id = addIssue.addAccessibilityIssue(issue, communicator).id();
        long bySystem = addIssue.addAccessibilityIssue(
                        new AddAccessibilityIssue.Command(TranslatableText.swedish("System " + marker), "2.4.7", null),
                        Actor.system("access test"))
                .id();
        assertThat(issuesWith(marker)).isEqualTo(2);

        RemoveAccessibilityIssue.Command remove = new RemoveAccessibilityIssue.Command(id);
        assertRefused(404, () -> removeIssue.removeAccessibilityIssue(remove, Actor.VISITOR));
        assertRefused(404, () -> removeIssue.removeAccessibilityIssue(remove, resident));
        assertRefused(403, () -> removeIssue.removeAccessibilityIssue(remove, registrar));
        assertThat(issuesWith(marker)).isEqualTo(2);
        removeIssue.removeAccessibilityIssue(remove, administrator);
        removeIssue.removeAccessibilityIssue(
                new RemoveAccessibilityIssue.Command(bySystem), Actor.system("access test"));
        assertThat(issuesWith(marker)).isZero();
    }

    @Test
    void theStatementIsUpdatedOnlyByItsKeepers() {
        Map<String, Object> before = statement();
        UpdateAccessibilityStatement.Command update = new UpdateAccessibilityStatement.Command(
                AccessibilityStatement.Compliance.NONE,
                AccessibilityStatement.Method.EXTERNAL_AUDIT,
                today,
                "intrang-" + marker() + "@example.invalid",
                null,
                null);
        assertRefused(404, () -> updateStatement.updateAccessibilityStatement(update, Actor.VISITOR));
        assertRefused(404, () -> updateStatement.updateAccessibilityStatement(update, resident));
        assertRefused(403, () -> updateStatement.updateAccessibilityStatement(update, registrar));
        assertThat(statement()).isEqualTo(before);
    }

    @Test
    void theStaffRoutesRefuseVisitorsResidentsAndOtherStaff() throws Exception {
        String marker = marker();
        long id = addIssue.addAccessibilityIssue(
                        new AddAccessibilityIssue.Command(TranslatableText.swedish("Route " + marker), "1.1.1", null),
                        Actor.system("access test"))
                .id();
        Map<String, Object> before = statement();
        for (PortalUser user : new PortalUser[] {null, residentUser, registrarUser}) {
            int expected = user == null ? 302 : 403;
            assertThat(status(
                            post("/admin/tillganglighet/brister")
                                    .param("description[sv]", "Ny " + marker)
                                    .param("wcagCriteria", "1.1.1"),
                            user))
                    .as("add an issue as " + user)
                    .isEqualTo(expected);
            assertThat(status(post("/admin/tillganglighet/brister/" + id + "/ta-bort"), user))
                    .as("remove as " + user)
                    .isEqualTo(expected);
            assertThat(status(
                            post("/admin/tillganglighet")
                                    .param("compliance", "NONE")
                                    .param("method", "SELF_ASSESSMENT")
                                    .param("assessedOn", today.toString())
                                    .param("feedbackEmail", "x@example.invalid"),
                            user))
                    .as("update as " + user)
                    .isEqualTo(expected);
        }
        assertThat(issuesWith(marker)).isEqualTo(1);
        assertThat(statement()).isEqualTo(before);
        removeIssue.removeAccessibilityIssue(new RemoveAccessibilityIssue.Command(id), Actor.system("access test"));
    }

    // ---- helpers ----

    private static String marker() {
        return "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void assertRefused(int status, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status().value()).isEqualTo(status));
    }

    private int status(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
        request.with(csrf());
        if (user != null) {
            request.with(TestStaff.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long issuesWith(String marker) {
        return jdbc.sql("SELECT count(*) FROM site_accessibility_issue WHERE description::text LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private Map<String, Object> statement() {
        return jdbc.sql(
                        "SELECT compliance, method, assessed_on, updated_on, feedback_email FROM site_accessibility_statement WHERE id = 1")
                .query()
                .singleRow();
    }
}
