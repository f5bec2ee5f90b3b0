package se.bygdeportalen.platform.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * The records the platform's staff pages guard fail closed: a staff account is changed only by an
 * administrator, a GDPR request is answered only by an administrator, and a resident's data goes only
 * to that resident. Refused for nobody (the visitor), another resident and staff without the role,
 * both in the use cases (explicit actors) and on the routes; nothing changes when refused.
 */
@IntegrationTest
class PlatformRecordAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CreateStaffAccount createStaffAccount;

    @Autowired
    UpdateStaffAccount updateStaffAccount;

    @Autowired
    ResetStaffPassword resetStaffPassword;

    @Autowired
    UnlockStaffAccount unlockStaffAccount;

    @Autowired
    ChangeOwnPassword changeOwnPassword;

    @Autowired
    ChangeOwnLanguage changeOwnLanguage;

    @Autowired
    PersonalDataExport personalDataExport;

    @Autowired
    PersonalDataCounts personalDataCounts;

    @Autowired
    ErasePersonalData erasePersonalData;

    @Autowired
    StaffAccountRepository staffAccounts;

    PortalUser admin;
    PortalUser registrar;
    PortalUser target;
    Actor.Staff adminActor;
    Actor.Staff registrarActor;
    long residentId;
    long otherResidentId;

    @BeforeEach
    void setUp() {
        TestStaff staff = new TestStaff(jdbc, encoder);
        admin = staff.create(Role.ADMINISTRATOR);
        registrar = staff.create(Role.REGISTRAR, Role.SERVICE_OFFICE, Role.COMMUNICATOR);
        target = staff.create(Role.MODERATOR);
        adminActor = (Actor.Staff) Actor.of(admin);
        registrarActor = (Actor.Staff) Actor.of(registrar);
        residentId = TestResidents.demoResident(jdbc, "Kaisa", "Access" + System.nanoTime());
        otherResidentId = TestResidents.demoResident(jdbc, "Pekka", "Other" + System.nanoTime());
    }

    /** Refused with 403 for staff (who may ask an administrator) and 404 for everyone else. */
    private static void refused(Actor actor, Runnable action) {
        HttpStatus expected = actor instanceof Actor.Staff ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
        assertThatThrownBy(action::run)
                .as("refused for " + actor)
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(expected));
    }

    private List<Actor> notAdministrators() {
        return List.of(Actor.VISITOR, new Actor.Resident(residentId), registrarActor);
    }

    private Map<String, Object> account(long id) {
        return jdbc.sql(
                        "SELECT display_name, roles::text AS roles, enabled, password_hash, failed_logins FROM staff_account WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private long auditCount(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(entityId))
                .query(Long.class)
                .single();
    }

    @Test
    void onlyAnAdministratorChangesAStaffAccount() {
        jdbc.sql("UPDATE staff_account SET failed_logins = 3, locked_until = :until WHERE id = :id")
                .param("until", Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
                .param("id", target.id())
                .update();
        Map<String, Object> before = account(target.id());
        String username = "refused." + System.nanoTime();
        for (Actor actor : notAdministrators()) {
            refused(
                    actor,
                    () -> createStaffAccount.createStaffAccount(
                            new CreateStaffAccount.Command(
                                    username, "Ny Person", null, Set.of(Role.ADMINISTRATOR), "fjällbjörk och myrsnipa"),
                            actor));
            refused(
                    actor,
                    () -> updateStaffAccount.updateStaffAccount(
                            new UpdateStaffAccount.Command(
                                    target.id(), "Taken Over", null, Set.of(Role.ADMINISTRATOR), true),
                            actor));
            refused(
                    actor,
                    () -> resetStaffPassword.resetStaffPassword(
                            new ResetStaffPassword.Command(target.id(), "tjäle i marken till maj"), actor));
            refused(
                    actor,
                    () -> unlockStaffAccount.unlockStaffAccount(new UnlockStaffAccount.Command(target.id()), actor));
        }
        assertThat(account(target.id())).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditCount("staff.account.updated", target.id())
                        + auditCount("staff.account.password-reset", target.id())
                        + auditCount("staff.account.unlocked", target.id()))
                .isZero();

        // The administrator may, and is named in the audit log.
        assertThat(updateStaffAccount
                        .updateStaffAccount(
                                new UpdateStaffAccount.Command(
                                        target.id(), "Renamed Person", null, Set.of(Role.MODERATOR), true),
                                adminActor)
                        .isSaved())
                .isTrue();
        assertThat(account(target.id()).get("display_name")).isEqualTo("Renamed Person");
        assertThat(jdbc.sql(
                                "SELECT actor_name FROM audit_log WHERE action = 'staff.account.updated' AND entity_id = :id")
                        .param("id", String.valueOf(target.id()))
                        .query(String.class)
                        .single())
                .isEqualTo(admin.username());
    }

    @Test
    void aStaffMembersOwnPasswordAndLanguageAreTheirsAlone() {
        Map<String, Object> before = account(target.id());
        for (Actor actor : List.of(Actor.VISITOR, new Actor.Resident(residentId))) {
            refused(
                    actor,
                    () -> changeOwnPassword.changeOwnPassword(
                            new ChangeOwnPassword.Command(
                                    TestStaff.PASSWORD, "tjäle i marken till maj", "tjäle i marken till maj", null),
                            actor));
            refused(actor, () -> changeOwnLanguage.changeOwnLanguage(new ChangeOwnLanguage.Command(Lang.FIT), actor));
        }
        assertThat(account(target.id())).isEqualTo(before);
        // Another staff member's actor changes only their own account, never the target's.
        assertThat(changeOwnLanguage
                        .changeOwnLanguage(new ChangeOwnLanguage.Command(Lang.FIT), registrarActor)
                        .id())
                .isEqualTo(registrar.id());
        assertThat(jdbc.sql("SELECT ui_language FROM staff_account WHERE id = :id")
                        .param("id", target.id())
                        .query(String.class)
                        .single())
                .isEqualTo("sv");
        assertThat(jdbc.sql("SELECT ui_language FROM staff_account WHERE id = :id")
                        .param("id", registrar.id())
                        .query(String.class)
                        .single())
                .isEqualTo("fit");
    }

    @Test
    void onlyAnAdministratorAnswersAGdprRequest() {
        PersonalDataSubject subject = PersonalDataSubject.resident(residentId);
        for (Actor actor : List.of(Actor.VISITOR, new Actor.Resident(otherResidentId), registrarActor)) {
            refused(actor, () -> personalDataExport.exportPersonalData(subject, actor));
            refused(actor, () -> personalDataCounts.countPersonalData(subject, actor));
        }
        // Not even the resident themself erases without an administrator checking the request.
        for (Actor actor : List.of(
                Actor.VISITOR, new Actor.Resident(residentId), new Actor.Resident(otherResidentId), registrarActor)) {
            refused(
                    actor,
                    () -> erasePersonalData.erasePersonalData(
                            new ErasePersonalData.Command(residentId, "Begäran, KS 2026/77"), actor));
        }
        assertThat(jdbc.sql("SELECT given_name FROM resident WHERE id = :id")
                        .param("id", residentId)
                        .query(String.class)
                        .single())
                .isEqualTo("Kaisa");
        assertThat(auditCount("identity.personal-data.exported", residentId)
                        + auditCount("identity.personal-data.erased", residentId))
                .isZero();

        assertThat(personalDataCounts.countPersonalData(subject, adminActor)).containsEntry("resident", 1);
        assertThat(personalDataExport
                        .exportPersonalData(subject, adminActor)
                        .get("resident")
                        .getFirst())
                .containsEntry("given_name", "Kaisa");
        assertThat(auditCount("identity.personal-data.exported", residentId)).isEqualTo(1);
        Result erased = erasePersonalData.erasePersonalData(
                new ErasePersonalData.Command(residentId, "Begäran, KS 2026/77"), adminActor);
        assertThat(erased.id()).isEqualTo(residentId);
        assertThat(jdbc.sql("SELECT given_name FROM resident WHERE id = :id")
                        .param("id", residentId)
                        .query(String.class)
                        .single())
                .isEmpty();
    }

    @Test
    void aResidentsDataGoesOnlyToThatResident() {
        Map<String, List<Map<String, Object>>> own = personalDataExport.exportPersonalData(
                PersonalDataSubject.resident(residentId), new Actor.Resident(residentId));
        assertThat(own.get("resident"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("given_name", "Kaisa"));
        // A person's download of their own data is theirs, not an answered request: not audited.
        assertThat(auditCount("identity.personal-data.exported", residentId)).isZero();
        refused(
                new Actor.Resident(otherResidentId),
                () -> personalDataExport.exportPersonalData(
                        PersonalDataSubject.resident(residentId), new Actor.Resident(otherResidentId)));
        refused(
                Actor.VISITOR,
                () -> personalDataExport.exportPersonalData(PersonalDataSubject.resident(residentId), Actor.VISITOR));
    }

    @Test
    void theOperatorsUnlockAtStartUpActsAsTheSystem() {
        jdbc.sql("UPDATE staff_account SET failed_logins = 0, locked_until = :until WHERE id = :id")
                .param("until", Timestamp.from(clock.instant().plus(Duration.ofHours(1))))
                .param("id", target.id())
                .update();
        new UnlockStaffAtStartup(
                        staffAccounts,
                        unlockStaffAccount,
                        List.of(" " + target.username() + " ", "nobody-by-this-name"))
                .run(null);
        assertThat(jdbc.sql("SELECT locked_until IS NULL FROM staff_account WHERE id = :id")
                        .param("id", target.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        Map<String, Object> audit = jdbc.sql("SELECT actor_kind, actor_id, actor_name, summary FROM audit_log "
                        + "WHERE action = 'staff.account.unlocked' AND entity_id = :id")
                .param("id", String.valueOf(target.id()))
                .query()
                .singleRow();
        assertThat(audit.get("actor_kind")).isEqualTo("system");
        assertThat(audit.get("actor_id")).isNull();
        assertThat(audit.get("actor_name")).isEqualTo("system: operator at start-up (bygdeportalen.admin.unlock)");
        assertThat(audit.get("summary")).isEqualTo("Unlocked " + target.username());
    }

    // --- The same refusals on the routes ---

    private int status(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
        if (user != null) {
            request.with(TestStaff.as(user));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }

    private void refusedOnRoute(String what, Runnable noChange, RouteCall call) throws Exception {
        PortalUser resident = PortalUser.resident(otherResidentId, "Pekka Other");
        assertThat(status(call.request(), null)).as(what + " by a visitor").isEqualTo(302);
        assertThat(status(call.request(), resident)).as(what + " by a resident").isEqualTo(403);
        assertThat(status(call.request(), registrar))
                .as(what + " by staff without the administrator role")
                .isEqualTo(403);
        noChange.run();
    }

    @FunctionalInterface
    interface RouteCall {
        MockHttpServletRequestBuilder request();
    }

    @Test
    void staffAccountRoutesRefuseEveryoneButAdministrators() throws Exception {
        Map<String, Object> before = account(target.id());
        refusedOnRoute(
                "editing a staff account",
                () -> assertThat(account(target.id())).isEqualTo(before),
                () -> post("/admin/personal/" + target.id())
                        .param("username", target.username())
                        .param("displayName", "Taken Over")
                        .param("roles", "ADMINISTRATOR")
                        .param("enabled", "true"));
        refusedOnRoute(
                "setting a staff member's password",
                () -> assertThat(account(target.id())).isEqualTo(before),
                () -> post("/admin/personal/" + target.id() + "/losenord")
                        .param("temporaryPassword", "tjäle i marken till maj"));
        refusedOnRoute(
                "unlocking a staff account",
                () -> assertThat(account(target.id())).isEqualTo(before),
                () -> post("/admin/personal/" + target.id() + "/las-upp"));
        String username = "route." + System.nanoTime();
        refusedOnRoute(
                "creating a staff account",
                () -> assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :u")
                                .param("u", username)
                                .query(Long.class)
                                .single())
                        .isZero(),
                () -> post("/admin/personal/ny")
                        .param("username", username)
                        .param("displayName", "Ny")
                        .param("roles", "ADMINISTRATOR")
                        .param("password", "fjällbjörk och myrsnipa")
                        .param("enabled", "true"));
    }

    @Test
    void gdprRoutesRefuseEveryoneButAdministrators() throws Exception {
        refusedOnRoute(
                "downloading a resident's data",
                () -> assertThat(auditCount("identity.personal-data.exported", residentId))
                        .isZero(),
                () -> post("/admin/personuppgifter/" + residentId + "/export"));
        refusedOnRoute(
                "erasing a resident's data",
                () -> assertThat(jdbc.sql("SELECT given_name FROM resident WHERE id = :id")
                                .param("id", residentId)
                                .query(String.class)
                                .single())
                        .isEqualTo("Kaisa"),
                () -> post("/admin/personuppgifter/" + residentId + "/radera")
                        .param("reason", "Begäran")
                        .param("confirm", "true"));
        assertThat(status(get("/admin/personuppgifter/" + residentId), registrar))
                .isEqualTo(403);
    }

    @Test
    void theResidentsDownloadRouteGivesEachResidentOnlyTheirOwnData() throws Exception {
        MockHttpServletResponse other = mvc.perform(get("/sv/mina-sidor/mina-uppgifter.json")
                        .with(TestStaff.as(PortalUser.resident(otherResidentId, "Pekka Other"))))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8))
                .contains("Pekka")
                .doesNotContain("Kaisa");
        assertThat(status(get("/sv/mina-sidor/mina-uppgifter.json"), null))
                .as("a visitor")
                .isEqualTo(302);
        assertThat(status(get("/sv/mina-sidor/mina-uppgifter.json"), admin))
                .as("staff, even an administrator")
                .isEqualTo(403);
    }
}
