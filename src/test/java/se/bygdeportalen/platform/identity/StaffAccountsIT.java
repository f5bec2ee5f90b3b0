package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.SessionCookies;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * Staff sign in with a password, are locked out after repeated failures, and administrators manage
 * accounts; every change is audited and a lost role ends the person's sessions at once.
 */
@IntegrationTest
class StaffAccountsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PasswordEncoder encoder;

    TestStaff staff;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, encoder);
    }

    /** Signs in through the real form; returns the session cookie. */
    private Cookie signIn(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("sign-in of " + username).doesNotContain("/admin/login");
        return sessionCookie(response);
    }

    private static Cookie sessionCookie(MockHttpServletResponse response) {
        return SessionCookies.cookie(response)
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.getHeaderNames() + " " + response.getHeaders("Set-Cookie")
                                + " cookies=" + java.util.Arrays.toString(response.getCookies())));
    }

    private int failedSignIn(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/admin/login");
        return response.getStatus();
    }

    @Test
    void signsInWithPasswordAndTheSessionLivesInTheDatabase() throws Exception {
        PortalUser user = staff.create(Role.REGISTRAR);
        Cookie session = signIn(user.username(), TestStaff.PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                        .param("p", "staff:" + user.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String page = mvc.perform(get("/admin").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(user.displayName());
        assertThat(jdbc.sql("SELECT last_login_at IS NOT NULL FROM staff_account WHERE id = :id")
                        .param("id", user.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void locksTheAccountAfterRepeatedFailuresUntilAnAdministratorUnlocksIt() throws Exception {
        PortalUser user = staff.create(Role.REGISTRAR);
        for (int i = 0; i < 5; i++) {
            failedSignIn(user.username(), "not the password " + i);
        }
        assertThat(jdbc.sql("SELECT locked_until > :now FROM staff_account WHERE id = :id")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", user.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        failedSignIn(user.username(), TestStaff.PASSWORD);

        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        mvc.perform(
                post("/admin/personal/" + user.id() + "/las-upp").with(csrf()).with(TestStaff.as(admin)));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'staff.account.unlocked' AND entity_id = :id AND actor_name = :a")
                        .param("id", String.valueOf(user.id()))
                        .param("a", admin.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        signIn(user.username(), TestStaff.PASSWORD);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        PortalUser user = staff.create(Role.REGISTRAR);
        MockHttpServletResponse wrong = mvc.perform(post("/admin/login")
                        .with(csrf())
                        .param("username", user.username())
                        .param("password", "nope-nope-nope"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse unknown = mvc.perform(post("/admin/login")
                        .with(csrf())
                        .param("username", "nobody-here")
                        .param("password", "nope-nope-nope"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl());
        String page = mvc.perform(get("/admin/login").cookie(sessionCookie(unknown)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("error-summary").contains("Användarnamnet eller lösenordet stämmer inte");
    }

    @Test
    void administratorCreatesAnAccountWhichMustChangeItsPasswordFirst() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        String username = "new." + System.nanoTime();
        MockHttpServletResponse created = mvc.perform(post("/admin/personal/ny")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("displayName", "Ny Person")
                        .param("username", username)
                        .param("email", username + "@example.se")
                        .param("roles", "REGISTRAR", "MODERATOR")
                        .param("password", "fjällbjörk och myrsnipa")
                        .param("enabled", "true"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        Map<String, Object> audit = jdbc.sql(
                        "SELECT * FROM audit_log WHERE action = 'staff.account.created' AND after_state->>'username' = :u")
                .param("u", username)
                .query()
                .singleRow();
        assertThat(audit.get("actor_name")).isEqualTo(admin.username());
        assertThat(audit.get("after_state").toString())
                .contains("REGISTRAR")
                .contains("MODERATOR")
                .doesNotContain("argon2")
                .doesNotContain("myrsnipa");

        MockHttpServletResponse first = mvc.perform(post("/admin/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", "fjällbjörk och myrsnipa"))
                .andReturn()
                .getResponse();
        assertThat(first.getRedirectedUrl()).isEqualTo("/admin/konto?byt-losenord");
        Cookie session = sessionCookie(first);
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/konto?byt-losenord");

        MockHttpServletResponse changed = mvc.perform(post("/admin/konto/losenord")
                        .with(csrf())
                        .cookie(session)
                        .param("currentPassword", "fjällbjörk och myrsnipa")
                        .param("newPassword", "tjäle i marken till maj")
                        .param("repeatPassword", "tjäle i marken till maj"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/admin/konto?andrat");
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'staff.account.password-changed' AND actor_name = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badAccountInputGivesLocalizedErrorsAndSavesNothing() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        PortalUser existing = staff.create(Role.REGISTRAR);
        record Case(String username, String password, String roles, String expected) {}
        for (Case c : new Case[] {
            new Case("weak." + System.nanoTime(), "kort", "REGISTRAR", "minst 12 tecken"),
            new Case("breached." + System.nanoTime(), "qwertyuiopasdfghjkl", "REGISTRAR", "läckta lösenord"),
            new Case(existing.username(), "fjällbjörk och myrsnipa", "REGISTRAR", "används redan"),
            new Case("noroles." + System.nanoTime(), "fjällbjörk och myrsnipa", "NOT_A_ROLE", "minst en behörighet"),
            new Case("Bad Name!", "fjällbjörk och myrsnipa", "REGISTRAR", "bara innehålla")
        }) {
            long before = jdbc.sql("SELECT count(*) FROM staff_account")
                    .query(Long.class)
                    .single();
            MvcResult result = mvc.perform(post("/admin/personal/ny")
                            .with(csrf())
                            .with(TestStaff.as(admin))
                            .param("displayName", "Test")
                            .param("username", c.username())
                            .param("roles", c.roles())
                            .param("password", c.password())
                            .param("enabled", "true"))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(c.toString()).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString())
                    .as(c.toString())
                    .contains("error-summary")
                    .contains(c.expected());
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before);
        }
    }

    @Test
    void aNulCharacterOrAnUnreadableFieldNameIsABadRequestNotAServerError() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        long before =
                jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single();
        assertThat(mvc.perform(post("/admin/personal/ny")
                                .with(csrf())
                                .with(TestStaff.as(admin))
                                .param("displayName", "Nul\u0000Name")
                                .param("username", "nul." + System.nanoTime())
                                .param("roles", "REGISTRAR")
                                .param("password", "fjällbjörk och myrsnipa"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(post("/admin/personal/ny")
                                .with(csrf())
                                .with(TestStaff.as(admin))
                                .param("roles[0][x]", "REGISTRAR"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void removingARoleEndsThePersonsSessionsAtOnce() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        PortalUser user = staff.create(Role.REGISTRAR, Role.MODERATOR);
        Cookie session = signIn(user.username(), TestStaff.PASSWORD);
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        mvc.perform(post("/admin/personal/" + user.id())
                .with(csrf())
                .with(TestStaff.as(admin))
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("email", "")
                .param("roles", "REGISTRAR")
                .param("enabled", "true"));

        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                        .param("p", "staff:" + user.username())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/admin/login");
        Map<String, Object> audit = jdbc.sql(
                        "SELECT * FROM audit_log WHERE action = 'staff.account.updated' AND entity_id = :id")
                .param("id", String.valueOf(user.id()))
                .query()
                .singleRow();
        assertThat(audit.get("before_state").toString()).contains("MODERATOR");
        assertThat(audit.get("after_state").toString()).doesNotContain("MODERATOR");
    }

    @Test
    void aSingleSignOnAccountCannotGiveItselfAPassword() throws Exception {
        PortalUser ssoOnly = staff.create(Role.COMMUNICATOR);
        jdbc.sql("UPDATE staff_account SET password_hash = NULL WHERE id = :id")
                .param("id", ssoOnly.id())
                .update();
        MvcResult result = mvc.perform(post("/admin/konto/losenord")
                        .with(csrf())
                        .with(TestStaff.as(ssoOnly))
                        .param("newPassword", "tjäle i marken till maj")
                        .param("repeatPassword", "tjäle i marken till maj"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT password_hash IS NULL FROM staff_account WHERE id = :id")
                        .param("id", ssoOnly.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void thePlatformNeverLosesItsLastAdministrator() throws Exception {
        // Every other administrator in this shared database is disabled first, then the last two try to demote each
        // other.
        PortalUser first = staff.create(Role.ADMINISTRATOR);
        PortalUser second = staff.create(Role.ADMINISTRATOR);
        java.util.List<Long> others = jdbc.sql(
                        "UPDATE staff_account SET enabled = false WHERE enabled AND 'ADMINISTRATOR' = ANY(roles) AND id NOT IN (:a, :b) RETURNING id")
                .param("a", first.id())
                .param("b", second.id())
                .query(Long.class)
                .list();
        assertThat(mvc.perform(post("/admin/personal/" + second.id())
                                .with(csrf())
                                .with(TestStaff.as(first))
                                .param("username", second.username())
                                .param("displayName", "Second")
                                .param("roles", "REGISTRAR")
                                .param("enabled", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        MvcResult refused = mvc.perform(post("/admin/personal/" + first.id())
                        .with(csrf())
                        .with(TestStaff.as(first))
                        .param("username", first.username())
                        .param("displayName", "First")
                        .param("roles", "ADMINISTRATOR")
                        .param("enabled", "false"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE enabled AND 'ADMINISTRATOR' = ANY(roles)")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Put the shared database back as it was for other tests.
        if (!others.isEmpty()) {
            jdbc.sql("UPDATE staff_account SET enabled = true WHERE id IN (:ids)")
                    .param("ids", others)
                    .update();
        }
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        MvcResult result = mvc.perform(post("/admin/personal/" + admin.id())
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("username", admin.username())
                        .param("displayName", "Me")
                        .param("roles", "REGISTRAR")
                        .param("enabled", "true"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT 'ADMINISTRATOR' = ANY(roles) FROM staff_account WHERE id = :id")
                        .param("id", admin.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void staffChooseTheLanguageOfTheStaffPages() throws Exception {
        PortalUser user = staff.create(Role.REGISTRAR);
        Cookie session = signIn(user.username(), TestStaff.PASSWORD);
        mvc.perform(post("/admin/konto/sprak")
                .with(csrf())
                .cookie(session)
                .param("lang", "fit")
                .param("returnTo", "/admin"));
        String page = mvc.perform(get("/admin").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<html lang=\"fit\">");
        assertThat(jdbc.sql("SELECT ui_language FROM staff_account WHERE id = :id")
                        .param("id", user.id())
                        .query(String.class)
                        .single())
                .isEqualTo("fit");
        MockHttpServletResponse offsite = mvc.perform(post("/admin/konto/sprak")
                        .with(csrf())
                        .cookie(session)
                        .param("lang", "sv")
                        .param("returnTo", "https://evil.example/"))
                .andReturn()
                .getResponse();
        assertThat(offsite.getRedirectedUrl()).isEqualTo("/admin");
    }
}
