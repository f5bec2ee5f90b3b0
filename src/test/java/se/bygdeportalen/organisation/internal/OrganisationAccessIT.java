package se.bygdeportalen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.OrganisationFixtures;
import se.bygdeportalen.platform.i18n.TranslatableText;
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
 * Access to the organisation's records fails closed, in the use cases (explicit actors) and on the
 * staff routes: nobody signed in, a resident, staff without the role and a registrar outside their
 * bodies are refused and nothing is saved; the system and the right staff get through.
 */
@IntegrationTest
class OrganisationAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @Autowired
    Organisation organisation;

    @Autowired
    SaveBody saveBody;

    @Autowired
    ChangeBodyStatus changeBodyStatus;

    @Autowired
    SaveVillage saveVillage;

    @Autowired
    SaveTerm saveTerm;

    @Autowired
    SavePerson savePerson;

    @Autowired
    SaveMembership saveMembership;

    @Autowired
    RemoveMembership removeMembership;

    @Autowired
    LimitRegistrar limitRegistrar;

    private OrganisationFixtures fixtures;
    private TestStaff staff;
    private Term term;
    private Body body;
    private Body otherBody;
    private PortalUser adminUser;
    private PortalUser registrarUser;
    private PortalUser limitedUser;
    private PortalUser moderatorUser;
    private PortalUser residentUser;
    private Actor admin;
    private Actor registrar;
    private Actor limitedRegistrar;
    private Actor moderator;
    private Actor resident;
    private final Actor system = Actor.system("access test");

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        staff = new TestStaff(jdbc, encoder);
        term = fixtures.termCovering(clock.today());
        body = fixtures.body(Body.Kind.COMMITTEE, "Åtkomstnämnden");
        otherBody = fixtures.body(Body.Kind.COMMITTEE, "Grannämnden");
        adminUser = staff.create(Role.ADMINISTRATOR);
        registrarUser = staff.create(Role.REGISTRAR);
        limitedUser = staff.create(Role.REGISTRAR);
        jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                .param("a", limitedUser.id())
                .param("b", otherBody.id())
                .update();
        moderatorUser = staff.create(Role.MODERATOR, Role.COMMUNICATOR);
        residentUser = PortalUser.resident(TestResidents.demoResident(jdbc, "Anna", "Invånare"), "Anna Invånare");
        admin = Actor.of(adminUser);
        registrar = Actor.of(registrarUser);
        limitedRegistrar = Actor.of(limitedUser);
        moderator = Actor.of(moderatorUser);
        resident = Actor.of(residentUser);
    }

    // ---- use cases with explicit actors ----

    @Test
    void bodiesAreKeptByAdministratorsAndTheSystemOnly() {
        String slug = OrganisationFixtures.unique("acc-");
        SaveBody.Command create = new SaveBody.Command(
                null, slug, Body.Kind.COMMITTEE, TranslatableText.swedish("Prövonämnden"), null, 0, 5);
        assertRefused(404, () -> saveBody.saveBody(create, Actor.VISITOR));
        assertRefused(404, () -> saveBody.saveBody(create, null));
        assertRefused(404, () -> saveBody.saveBody(create, resident));
        assertRefused(403, () -> saveBody.saveBody(create, moderator));
        assertRefused(403, () -> saveBody.saveBody(create, registrar));
        assertThat(count("organisation_body WHERE slug = '" + slug + "'")).isZero();

        long id = saveBody.saveBody(create, admin).id();
        assertThat(organisation.body(slug)).get().extracting(Body::id).isEqualTo(id);
        String systemSlug = OrganisationFixtures.unique("sys-");
        assertThat(saveBody.saveBody(
                                new SaveBody.Command(
                                        null,
                                        systemSlug,
                                        Body.Kind.COMMITTEE,
                                        TranslatableText.swedish("Systemnämnden"),
                                        null,
                                        0,
                                        null),
                                system)
                        .isSaved())
                .isTrue();

        ChangeBodyStatus.Command deactivate = new ChangeBodyStatus.Command(id, false);
        assertRefused(404, () -> changeBodyStatus.changeBodyStatus(deactivate, Actor.VISITOR));
        assertRefused(404, () -> changeBodyStatus.changeBodyStatus(deactivate, resident));
        assertRefused(403, () -> changeBodyStatus.changeBodyStatus(deactivate, registrar));
        assertThat(organisation.body(id)).get().extracting(Body::active).isEqualTo(true);
        changeBodyStatus.changeBodyStatus(deactivate, admin);
        assertThat(organisation.body(id)).get().extracting(Body::active).isEqualTo(false);
        assertThat(actorOf("organisation.body.created", id)).isEqualTo("staff " + adminUser.username());
        assertThat(jdbc.sql(
                                "SELECT actor_kind || ' ' || actor_name FROM audit_log WHERE action = 'organisation.body.created' AND summary LIKE '%Systemnämnden'")
                        .query(String.class)
                        .single())
                .isEqualTo("system system: access test");
    }

    @Test
    void villagesAreKeptByAdministratorsAndTheSystemOnly() {
        String slug = OrganisationFixtures.unique("by-");
        SaveVillage.Command create = new SaveVillage.Command(null, slug, TranslatableText.swedish("Prövoby"));
        assertRefused(404, () -> saveVillage.saveVillage(create, Actor.VISITOR));
        assertRefused(404, () -> saveVillage.saveVillage(create, resident));
        assertRefused(403, () -> saveVillage.saveVillage(create, moderator));
        assertRefused(403, () -> saveVillage.saveVillage(create, registrar));
        assertThat(count("organisation_village WHERE slug = '" + slug + "'")).isZero();
        assertThat(saveVillage.saveVillage(create, admin).isSaved()).isTrue();
        assertThat(saveVillage
                        .saveVillage(
                                new SaveVillage.Command(
                                        null, OrganisationFixtures.unique("by-"), TranslatableText.swedish("Systemby")),
                                system)
                        .isSaved())
                .isTrue();
    }

    @Test
    void termsAndPeopleAreKeptByAdministratorsRegistrarsAndTheSystem() {
        int year = fixtures.yearAfterLastTerm();
        SaveTerm.Command newTerm = new SaveTerm.Command(null, LocalDate.of(year, 1, 1), LocalDate.of(year + 3, 12, 31));
        assertRefused(404, () -> saveTerm.saveTerm(newTerm, Actor.VISITOR));
        assertRefused(404, () -> saveTerm.saveTerm(newTerm, resident));
        assertRefused(403, () -> saveTerm.saveTerm(newTerm, moderator));
        assertThat(count("organisation_term WHERE starts_on = '" + year + "-01-01'"))
                .isZero();
        assertThat(saveTerm.saveTerm(newTerm, registrar).isSaved()).isTrue();
        assertThat(saveTerm.saveTerm(
                                new SaveTerm.Command(
                                        null, LocalDate.of(year + 4, 1, 1), LocalDate.of(year + 4, 12, 31)),
                                system)
                        .isSaved())
                .isTrue();

        String name = OrganisationFixtures.unique("Åtkomst ");
        SavePerson.Command person = new SavePerson.Command(null, name, "S", Member.Sex.FEMALE, null);
        assertRefused(404, () -> savePerson.savePerson(person, Actor.VISITOR));
        assertRefused(404, () -> savePerson.savePerson(person, resident));
        assertRefused(403, () -> savePerson.savePerson(person, moderator));
        assertThat(count("organisation_person WHERE name = '" + name + "'")).isZero();
        assertThat(savePerson.savePerson(person, limitedRegistrar).isSaved())
                .as("people belong to no body")
                .isTrue();
        assertThat(savePerson
                        .savePerson(new SavePerson.Command(null, name + " B", "C", Member.Sex.MALE, null), system)
                        .isSaved())
                .isTrue();
    }

    @Test
    void seatsAreKeptOnlyByWhoMayKeepTheBodysRecords() {
        long person = fixtures.person(OrganisationFixtures.unique("Sits "), "V", Member.Sex.FEMALE, null);
        SaveMembership.Command seat = new SaveMembership.Command(
                null, person, body.id(), term.id(), Member.Role.MEMBER, term.startsOn(), term.endsOn());
        assertRefused(404, () -> saveMembership.saveMembership(seat, Actor.VISITOR));
        assertRefused(404, () -> saveMembership.saveMembership(seat, null));
        assertRefused(404, () -> saveMembership.saveMembership(seat, resident));
        assertRefused(403, () -> saveMembership.saveMembership(seat, moderator));
        assertRefused(403, () -> saveMembership.saveMembership(seat, limitedRegistrar));
        assertThat(count("organisation_membership WHERE body_id = " + body.id()))
                .isZero();
        assertThat(organisation.mayKeepRecordsOf(null, body.id())).isFalse();
        assertThat(organisation.mayKeepRecordsOf(Actor.VISITOR, body.id())).isFalse();
        assertThat(organisation.mayKeepRecordsOf(limitedRegistrar, body.id())).isFalse();
        assertThat(organisation.mayKeepRecordsOf(limitedRegistrar, otherBody.id()))
                .isTrue();

        long seatId = saveMembership.saveMembership(seat, registrar).id();
        SaveMembership.Command change = new SaveMembership.Command(
                seatId, null, null, term.id(), Member.Role.SUBSTITUTE, term.startsOn(), term.endsOn());
        assertRefused(404, () -> saveMembership.saveMembership(change, Actor.VISITOR));
        assertRefused(403, () -> saveMembership.saveMembership(change, limitedRegistrar));
        assertRefused(404, () -> removeMembership.removeMembership(new RemoveMembership.Command(seatId), resident));
        assertRefused(403, () -> removeMembership.removeMembership(new RemoveMembership.Command(seatId), moderator));
        assertRefused(
                403, () -> removeMembership.removeMembership(new RemoveMembership.Command(seatId), limitedRegistrar));
        assertThat(organisation.members(body.id(), term.startsOn()))
                .extracting(Member::role)
                .containsExactly(Member.Role.MEMBER);

        assertThat(saveMembership.saveMembership(change, admin).isSaved()).isTrue();
        long otherPerson = fixtures.person(OrganisationFixtures.unique("Granne "), "M", Member.Sex.MALE, null);
        Result inScope = saveMembership.saveMembership(
                new SaveMembership.Command(
                        null,
                        otherPerson,
                        otherBody.id(),
                        term.id(),
                        Member.Role.MEMBER,
                        term.startsOn(),
                        term.endsOn()),
                limitedRegistrar);
        assertThat(inScope.isSaved())
                .as("a limited registrar keeps the seats of their own bodies")
                .isTrue();
        assertThat(removeMembership
                        .removeMembership(new RemoveMembership.Command(inScope.id()), limitedRegistrar)
                        .id())
                .isEqualTo(otherBody.id());
        assertThat(removeMembership
                        .removeMembership(new RemoveMembership.Command(seatId), system)
                        .id())
                .isEqualTo(body.id());
        assertThat(count("organisation_membership WHERE body_id IN (" + body.id() + ", " + otherBody.id() + ")"))
                .isZero();
    }

    @Test
    void onlyAdministratorsLimitRegistrars() {
        LimitRegistrar.Command limit = new LimitRegistrar.Command(registrarUser.id(), Set.of(body.id()));
        assertRefused(404, () -> limitRegistrar.limitRegistrar(limit, Actor.VISITOR));
        assertRefused(404, () -> limitRegistrar.limitRegistrar(limit, resident));
        assertRefused(403, () -> limitRegistrar.limitRegistrar(limit, registrar));
        assertRefused(
                403,
                () -> limitRegistrar.limitRegistrar(
                        new LimitRegistrar.Command(limitedUser.id(), Set.of(body.id())), limitedRegistrar));
        assertThat(organisation.registrarScope(registrarUser.id()).unrestricted())
                .isTrue();
        assertThat(organisation.registrarScope(limitedUser.id()).allows(body.id()))
                .isFalse();
        assertThat(limitRegistrar.limitRegistrar(limit, admin).isSaved()).isTrue();
        assertThat(organisation.registrarScope(registrarUser.id()).allows(otherBody.id()))
                .isFalse();
    }

    // ---- staff routes ----

    @Test
    void theStaffRoutesRefuseVisitorsResidentsOtherStaffAndRegistrarsOutsideTheirBodies() throws Exception {
        long person = fixtures.person(OrganisationFixtures.unique("Route "), "KD", Member.Sex.FEMALE, null);
        long seat = fixtures.seat(person, body.id(), term, Member.Role.MEMBER, term.startsOn(), term.endsOn());
        String slug = OrganisationFixtures.unique("route-");
        List<Supplier<MockHttpServletRequestBuilder>> administratorsOnly = List.of(
                () -> post("/admin/organisation/organ/ny")
                        .param("name[sv]", "Routenämnd")
                        .param("slug", slug)
                        .param("kind", "COMMITTEE"),
                () -> post("/admin/organisation/organ/" + body.id() + "/status").param("active", "false"),
                () -> post("/admin/organisation/byar")
                        .param("name[sv]", "Routeby")
                        .param("slug", slug),
                () -> post("/admin/organisation/registratorer/" + registrarUser.id())
                        .param("bodyIds", Long.toString(body.id())));
        for (Supplier<MockHttpServletRequestBuilder> request : administratorsOnly) {
            assertThat(status(request.get(), null))
                    .as("visitor: " + request.get())
                    .isEqualTo(302);
            assertThat(status(request.get(), residentUser))
                    .as("resident: " + request.get())
                    .isEqualTo(403);
            assertThat(status(request.get(), moderatorUser))
                    .as("staff without the role: " + request.get())
                    .isEqualTo(403);
            assertThat(status(request.get(), registrarUser))
                    .as("registrar: " + request.get())
                    .isEqualTo(403);
        }
        String name = OrganisationFixtures.unique("Routeperson ");
        List<Supplier<MockHttpServletRequestBuilder>> keepers = List.of(
                () -> post("/admin/organisation/personer/ny")
                        .param("name", name)
                        .param("party", "S")
                        .param("sex", "MALE"),
                () -> post("/admin/organisation/mandatperioder")
                        .param("startsOn", "9990-01-01")
                        .param("endsOn", "9993-12-31"));
        for (Supplier<MockHttpServletRequestBuilder> request : keepers) {
            assertThat(status(request.get(), null))
                    .as("visitor: " + request.get())
                    .isEqualTo(302);
            assertThat(status(request.get(), residentUser))
                    .as("resident: " + request.get())
                    .isEqualTo(403);
            assertThat(status(request.get(), moderatorUser))
                    .as("staff without the role: " + request.get())
                    .isEqualTo(403);
        }
        List<Supplier<MockHttpServletRequestBuilder>> bodyRecords = List.of(
                () -> get("/admin/organisation/organ/" + body.id() + "/ledamoter"),
                () -> post("/admin/organisation/organ/" + body.id() + "/ledamoter")
                        .param("personId", Long.toString(person))
                        .param("termId", Long.toString(term.id()))
                        .param("role", "CHAIR")
                        .param("from", term.startsOn().toString())
                        .param("to", term.endsOn().toString()),
                () -> get("/admin/organisation/uppdrag/" + seat),
                () -> post("/admin/organisation/uppdrag/" + seat)
                        .param("termId", Long.toString(term.id()))
                        .param("role", "CHAIR")
                        .param("from", term.startsOn().toString())
                        .param("to", term.endsOn().toString()),
                () -> post("/admin/organisation/uppdrag/" + seat + "/ta-bort"));
        for (Supplier<MockHttpServletRequestBuilder> request : bodyRecords) {
            assertThat(status(request.get(), null))
                    .as("visitor: " + request.get())
                    .isEqualTo(302);
            assertThat(status(request.get(), residentUser))
                    .as("resident: " + request.get())
                    .isEqualTo(403);
            assertThat(status(request.get(), moderatorUser))
                    .as("staff without the role: " + request.get())
                    .isEqualTo(403);
            assertThat(status(request.get(), limitedUser))
                    .as("registrar outside their bodies: " + request.get())
                    .isEqualTo(403);
        }
        assertThat(count("organisation_body WHERE slug = '" + slug + "'")).isZero();
        assertThat(count("organisation_village WHERE slug = '" + slug + "'")).isZero();
        assertThat(count("organisation_person WHERE name = '" + name + "'")).isZero();
        assertThat(count("organisation_term WHERE starts_on = '9990-01-01'")).isZero();
        assertThat(organisation.body(body.id())).get().extracting(Body::active).isEqualTo(true);
        assertThat(organisation.members(body.id(), term.startsOn()))
                .extracting(Member::role)
                .containsExactly(Member.Role.MEMBER);
        assertThat(organisation.registrarScope(registrarUser.id()).unrestricted())
                .isTrue();

        // The right staff get through on the same routes.
        assertThat(status(get("/admin/organisation/organ/" + body.id() + "/ledamoter"), registrarUser))
                .isEqualTo(200);
        assertThat(status(post("/admin/organisation/uppdrag/" + seat + "/ta-bort"), registrarUser))
                .isEqualTo(302);
        assertThat(status(
                        post("/admin/organisation/organ/" + body.id() + "/status")
                                .param("active", "false"),
                        adminUser))
                .isEqualTo(302);
        assertThat(organisation.body(body.id())).get().extracting(Body::active).isEqualTo(false);
    }

    // ---- helpers ----

    private static void assertRefused(int status, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status().value()).isEqualTo(status));
    }

    private int status(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
        MockHttpServletRequestBuilder r = request.with(csrf());
        if (user != null) {
            r = r.with(TestStaff.as(user));
        }
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    private long count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Long.class).single();
    }

    private String actorOf(String action, long entityId) {
        return jdbc.sql("SELECT actor_kind || ' ' || actor_name FROM audit_log WHERE action = :a AND entity_id = :e")
                .param("a", action)
                .param("e", Long.toString(entityId))
                .query(String.class)
                .single();
    }
}
