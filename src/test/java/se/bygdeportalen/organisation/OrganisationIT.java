package se.bygdeportalen.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.bygdeportalen.organisation.internal.OrganisationManifest;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.manifest.IndicatorValue;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * Bodies, people and seats: the published API other modules call, the membership rules (each a
 * localized 400 with nothing saved), registrar scoping, auditing, the public body page with its
 * gender balance in a bounded number of queries, and the open-data API without contact details.
 */
@IntegrationTest
class OrganisationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Organisation organisation;

    @Autowired
    OrganisationManifest manifest;

    @Autowired
    TestClock clock;

    private OrganisationFixtures fixtures;
    private TestStaff staff;
    private LocalDate today;
    private Term term;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
        staff = new TestStaff(jdbc, encoder);
        today = clock.today();
        term = fixtures.termCovering(today);
    }

    @Test
    void membersOnADayAreListedChairFirstAndLeftMembersAreNot() {
        Body body = fixtures.body(Body.Kind.COMMITTEE, "Testnämnd");
        long chair = fixtures.person("Östen Chair", "S", Member.Sex.MALE, null);
        long member = fixtures.person("Anna Member", "C", Member.Sex.FEMALE, null);
        long left = fixtures.person("Bo Left", "M", Member.Sex.MALE, null);
        long substitute = fixtures.person("Cecilia Substitute", "V", Member.Sex.FEMALE, null);
        fixtures.seat(substitute, body.id(), term, Member.Role.SUBSTITUTE, term.startsOn(), term.endsOn());
        fixtures.seat(member, body.id(), term, Member.Role.MEMBER, term.startsOn(), term.endsOn());
        fixtures.seat(left, body.id(), term, Member.Role.MEMBER, term.startsOn(), today.minusDays(1));
        fixtures.seat(chair, body.id(), term, Member.Role.CHAIR, term.startsOn(), term.endsOn());

        List<Member> members = organisation.members(body.id(), today);

        assertThat(members).extracting(Member::personId).containsExactly(chair, member, substitute);
        assertThat(members.get(0)).isEqualTo(new Member(chair, "Östen Chair", "S", Member.Role.CHAIR, Member.Sex.MALE));
        assertThat(organisation.members(body.id(), today.minusDays(1)))
                .extracting(Member::personId)
                .contains(left);
    }

    @Test
    void aRegistrarIsUnrestrictedUntilAnAdministratorLimitsThemAndThenOnlyChangesAllowedBodies() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        PortalUser registrar = staff.create(Role.REGISTRAR);
        Body allowed = fixtures.body(Body.Kind.COMMITTEE, "Tillåten nämnd");
        Body other = fixtures.body(Body.Kind.COMMITTEE, "Annan nämnd");
        assertThat(organisation.registrarScope(registrar.id()).unrestricted()).isTrue();
        assertThat(organisation.registrarScope(registrar.id()).allows(other.id()))
                .isTrue();

        MockHttpServletResponse limited = perform(post("/admin/organisation/registratorer/" + registrar.id())
                .param("bodyIds", Long.toString(allowed.id()))
                .with(csrf())
                .with(TestStaff.as(admin)));
        assertThat(limited.getStatus()).isEqualTo(302);

        RegistrarScope scope = organisation.registrarScope(registrar.id());
        assertThat(scope.allows(allowed.id())).isTrue();
        assertThat(scope.allows(other.id())).isFalse();
        assertThat(auditCount("organisation.registrar-scope.changed", registrar.id()))
                .isEqualTo(1);

        long person = fixtures.person(OrganisationFixtures.unique("Person "), "S", Member.Sex.FEMALE, null);
        assertThat(addSeat(registrar, other, person, "MEMBER", term.startsOn(), term.endsOn())
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/admin/organisation/organ/" + other.id() + "/ledamoter")
                                .with(TestStaff.as(registrar)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(addSeat(registrar, allowed, person, "MEMBER", term.startsOn(), term.endsOn())
                        .getStatus())
                .isEqualTo(302);
        Document overview = Jsoup.parse(perform(get("/admin/organisation").with(TestStaff.as(registrar)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(overview.select("a[href=/admin/organisation/organ/" + allowed.id() + "/ledamoter]"))
                .hasSize(1);
        assertThat(overview.select("a[href=/admin/organisation/organ/" + other.id() + "/ledamoter]"))
                .isEmpty();
        assertThat(organisation.members(allowed.id(), today))
                .extracting(Member::personId)
                .containsExactly(person);

        MockHttpServletResponse badBody = perform(post("/admin/organisation/registratorer/" + registrar.id())
                .param("bodyIds", "999999999")
                .with(csrf())
                .with(TestStaff.as(admin)));
        assertThat(badBody.getStatus()).isEqualTo(400);
        assertThat(perform(post("/admin/organisation/registratorer/" + admin.id())
                                .with(csrf())
                                .with(TestStaff.as(admin)))
                        .getStatus())
                .as("only registrars can be limited")
                .isEqualTo(404);
    }

    @Test
    void membershipRulesRefuseBadInputWithLocalizedMessagesAndSaveNothing() throws Exception {
        PortalUser registrar = staff.create(Role.REGISTRAR);
        Body body = fixtures.body(Body.Kind.COMMITTEE, "Regelnämnd");
        long person = fixtures.person(OrganisationFixtures.unique("Rule "), "KD", Member.Sex.MALE, null);

        MockHttpServletResponse ok = addSeat(registrar, body, person, "MEMBER", term.startsOn(), today);
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_log WHERE action = 'organisation.membership.created' AND summary LIKE :s")
                        .param("s", "%" + "body " + body.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertRefused(
                addSeat(registrar, body, person, "SUBSTITUTE", today, term.endsOn()),
                "Personen har redan ett uppdrag i organet under den tiden.");
        assertRefused(
                addSeat(registrar, body, person, "MEMBER", today.plusDays(10), today.plusDays(5)),
                "Sista dagen kan inte vara före första dagen.");
        assertRefused(
                addSeat(
                        registrar,
                        body,
                        person,
                        "MEMBER",
                        term.endsOn().plusDays(1),
                        term.endsOn().plusDays(20)),
                "Uppdraget måste ligga inom mandatperioden.");
        assertRefused(addSeat(registrar, body, person, "PRESIDENT", today.plusDays(1), term.endsOn()), "Välj en roll.");
        MockHttpServletResponse notADate = perform(post("/admin/organisation/organ/" + body.id() + "/ledamoter")
                .with(csrf())
                .with(TestStaff.as(registrar))
                .param("personId", Long.toString(person))
                .param("termId", Long.toString(term.id()))
                .param("role", "MEMBER")
                .param("from", "igår")
                .param("to", "x"));
        assertThat(notADate.getStatus()).isEqualTo(400);

        long chairOne = fixtures.person(OrganisationFixtures.unique("Chair "), "S", Member.Sex.FEMALE, null);
        long chairTwo = fixtures.person(OrganisationFixtures.unique("Chair "), "S", Member.Sex.MALE, null);
        assertThat(addSeat(registrar, body, chairOne, "CHAIR", term.startsOn(), term.endsOn())
                        .getStatus())
                .isEqualTo(302);
        assertRefused(
                addSeat(registrar, body, chairTwo, "CHAIR", today, term.endsOn()),
                "Organet har redan en ordförande under den tiden.");

        assertThat(jdbc.sql("SELECT count(*) FROM organisation_membership WHERE body_id = :b")
                        .param("b", body.id())
                        .query(Long.class)
                        .single())
                .as("only the two valid seats were saved")
                .isEqualTo(2);

        PortalUser finnish = staff.create(se.bygdeportalen.platform.i18n.Lang.FI, Role.REGISTRAR);
        assertRefused(
                addSeat(finnish, body, person, "MEMBER", today, term.endsOn()),
                "Henkilöllä on jo tehtävä tässä toimielimessä sinä aikana.");
    }

    @Test
    void administratorsKeepBodiesAndTermsAndEveryChangeIsAudited() throws Exception {
        PortalUser admin = staff.create(Role.ADMINISTRATOR);
        PortalUser registrar = staff.create(Role.REGISTRAR);
        String slug = OrganisationFixtures.unique("ny-");
        MockHttpServletRequestBuilder create = post("/admin/organisation/organ/ny")
                .with(csrf())
                .param("name[sv]", "Kultur- och fritidsnämnden")
                .param("name[fi]", "Kulttuuri- ja vapaa-aikalautakunta")
                .param("slug", slug)
                .param("kind", "COMMITTEE")
                .param("seats", "7")
                .param("sort", "50");
        assertThat(perform(create.with(TestStaff.as(registrar))).getStatus()).isEqualTo(403);
        assertThat(perform(create.with(TestStaff.as(admin))).getStatus()).isEqualTo(302);
        Body created = organisation.body(slug).orElseThrow();
        assertThat(created.name().raw(se.bygdeportalen.platform.i18n.Lang.FI))
                .isEqualTo("Kulttuuri- ja vapaa-aikalautakunta");

        assertRefused(
                perform(post("/admin/organisation/organ/ny")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("name[sv]", "Dubblett")
                        .param("slug", slug)
                        .param("kind", "COMMITTEE")),
                "Namnet används redan. Välj ett annat.");
        assertRefused(
                perform(post("/admin/organisation/organ/ny")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("name[sv]", "Utskott")
                        .param("slug", OrganisationFixtures.unique("u-"))
                        .param("kind", "WORKING_GROUP")),
                "Välj vilket organ utskottet hör till.");
        assertRefused(
                perform(post("/admin/organisation/organ/ny")
                        .with(csrf())
                        .with(TestStaff.as(admin))
                        .param("name[sv]", "Fel")
                        .param("slug", "Stora Bokstäver")
                        .param("kind", "COMMITTEE")),
                "Använd bara små bokstäver a–z, siffror och bindestreck (2–60 tecken).");

        assertThat(perform(post("/admin/organisation/organ/" + created.id() + "/status")
                                .param("active", "false")
                                .with(csrf())
                                .with(TestStaff.as(admin)))
                        .getStatus())
                .isEqualTo(302);
        assertThat(organisation.body(slug))
                .as("inactive bodies leave the public list")
                .isEmpty();
        assertThat(organisation.body(created.id()))
                .get()
                .extracting(Body::active)
                .isEqualTo(false);
        assertThat(auditCount("organisation.body.created", created.id())).isEqualTo(1);
        assertThat(auditCount("organisation.body.deactivated", created.id())).isEqualTo(1);

        int year = fixtures.yearAfterLastTerm();
        MockHttpServletRequestBuilder term = post("/admin/organisation/mandatperioder")
                .with(csrf())
                .with(TestStaff.as(registrar))
                .param("startsOn", year + "-01-01")
                .param("endsOn", (year + 3) + "-12-31");
        assertThat(perform(term).getStatus()).isEqualTo(302);
        assertRefused(
                perform(post("/admin/organisation/mandatperioder")
                        .with(csrf())
                        .with(TestStaff.as(registrar))
                        .param("startsOn", (year + 2) + "-01-01")
                        .param("endsOn", (year + 5) + "-12-31")),
                "Perioden överlappar en annan mandatperiod.");
        assertRefused(
                perform(post("/admin/organisation/mandatperioder")
                        .with(csrf())
                        .with(TestStaff.as(registrar))
                        .param("startsOn", (year + 10) + "-05-01")
                        .param("endsOn", (year + 10) + "-04-01")),
                "Sista dagen ska vara efter första dagen.");
    }

    @Test
    void theBodyPageShowsMembersByRoleAndTheGenderBalanceInABoundedNumberOfQueries() throws Exception {
        Body body = fixtures.body(Body.Kind.COMMITTEE, "Balansnämnden");
        long chair = fixtures.person("Aino Ordförande", "S", Member.Sex.FEMALE, null);
        fixtures.seat(chair, body.id(), term, Member.Role.CHAIR, term.startsOn(), term.endsOn());
        fixtures.seats(body.id(), term, 2);
        long substitute = fixtures.person("Pentti Ersättare", "SD", Member.Sex.MALE, null);
        fixtures.seat(substitute, body.id(), term, Member.Role.SUBSTITUTE, term.startsOn(), term.endsOn());

        String url = "/sv/organisation/" + body.slug();
        open(url);
        AtomicReference<Document> page = new AtomicReference<>();
        int few = QueryCounter.count(() -> page.set(open(url)));
        Document doc = page.get();
        assertThat(doc.select("h1").text()).isEqualTo("Balansnämnden");
        assertThat(doc.text()).contains("Aino Ordförande", "Pentti Ersättare");
        assertThat(doc.select("a[href=/sv/sammantraden?organ=" + body.slug() + "]"))
                .hasSize(1);
        assertThat(doc.select("a[href=/sv/beslut?organ=" + body.slug() + "]")).hasSize(1);
        // chair (woman) + 2 members (one woman, one man): 2 women, 1 man among the members.
        List<String> membersRow =
                doc.select("#balance-table tbody tr").get(0).select("th, td").eachText();
        assertThat(membersRow.subList(0, 3)).containsExactly("Ledamöter (med ordförande)", "2", "1");
        assertThat(membersRow.get(4)).contains("67");
        List<String> substitutesRow =
                doc.select("#balance-table tbody tr").get(1).select("th, td").eachText();
        assertThat(substitutesRow.subList(0, 3)).containsExactly("Ersättare", "0", "1");
        assertThat(doc.select("#balance-table caption").text()).contains("Balansnämnden");

        fixtures.seats(body.id(), term, 60);
        int many = QueryCounter.count(() -> page.set(open(url)));
        assertThat(page.get().select("#members ~ ul li").size()).isGreaterThanOrEqualTo(63);
        assertThat(few).isPositive();
        assertThat(many).as("statements with 60 more members").isEqualTo(few);

        assertThat(perform(get("/sv/organisation/finns-inte")).getStatus()).isEqualTo(404);
        Document organisationPage = open("/en/organisation");
        assertThat(organisationPage.select("a[href=/en/organisation/" + body.slug() + "]"))
                .hasSize(1);
        assertThat(organisationPage.select("a[href=/en/sa-fattas-besluten]")).isNotEmpty();
    }

    @Test
    void theOpenDataApiUsesPopoloNamesAndPublishesNoContactDetails() throws Exception {
        Body body = fixtures.body(Body.Kind.COUNCIL, "Öppenfullmäktige");
        long person = fixtures.person("Erik Öppen", "MP", Member.Sex.MALE, "erik.oppen@example.invalid");
        long seat = fixtures.seat(person, body.id(), term, Member.Role.VICE_CHAIR, term.startsOn(), term.endsOn());

        StringBuilder persons = new StringBuilder();
        String next = "/api/v1/persons?limit=100";
        while (next != null) {
            String page = perform(get(URI.create(next))).getContentAsString(StandardCharsets.UTF_8);
            persons.append(page);
            Matcher link =
                    Pattern.compile("\"next\":\"https?://[^/\"]+([^\"]+)\"").matcher(page);
            next = link.find() ? link.group(1) : null;
        }
        assertThat(persons.toString())
                .contains("\"name\":\"Erik Öppen\"", "\"gender\":\"male\"")
                .doesNotContain("example.invalid", "email");
        String personsCsv = perform(get("/api/v1/persons.csv")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(personsCsv)
                .startsWith("id,name,party,gender\r\n")
                .contains(person + ",Erik Öppen,MP,male")
                .doesNotContain("example.invalid");

        String organizations = perform(get("/api/v1/organizations")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(organizations).contains("\"slug\":\"" + body.slug() + "\"", "\"classification\":\"council\"");

        MockHttpServletResponse memberships = perform(get("/api/v1/memberships")
                .param("organization_id", Long.toString(body.id()))
                .param("on", today.toString()));
        assertThat(memberships.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(memberships.getContentAsString(StandardCharsets.UTF_8))
                .contains(
                        "\"id\":" + seat,
                        "\"person_id\":" + person,
                        "\"organization_id\":" + body.id(),
                        "\"role\":\"vice-chair\"",
                        "\"legislative_period\":\"" + term.label() + "\"");
        assertThat(perform(get("/api/v1/memberships.csv").param("organization_id", Long.toString(body.id())))
                        .getContentAsString(StandardCharsets.UTF_8))
                .startsWith(
                        "id,person_id,organization_id,role,start_date,end_date,legislative_period_id,legislative_period\r\n");
        assertThat(perform(get("/api/v1/memberships").param("on", "igår")).getStatus())
                .isEqualTo(400);

        String openApi = perform(get("/api/openapi.json")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(openApi).contains("/api/v1/organizations", "/api/v1/persons", "/api/v1/memberships");
    }

    @Test
    void theShareOfWomenAmongMembersIsAnIndicatorWithSmallBodiesSuppressed() {
        Body big = fixtures.body(Body.Kind.COMMITTEE, "Stornämnd");
        fixtures.seats(big.id(), term, 10); // 5 women, 5 men
        Body small = fixtures.body(Body.Kind.WORKING_GROUP, "Litet utskott");
        fixtures.seats(small.id(), term, 3);

        List<IndicatorValue> values = manifest.indicators().get(0).measure().values();
        int year = today.isBefore(LocalDate.of(today.getYear(), 7, 1))
                        && term.startsOn().getYear() == today.getYear()
                ? today.getYear() + 1
                : today.getYear();
        assertThat(values)
                .filteredOn(v -> v.breakdown().equals("body=" + big.slug()) && v.year() == year)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualByComparingTo("50.0");
                    assertThat(v.base()).isEqualTo(10);
                });
        assertThat(values)
                .filteredOn(v -> v.breakdown().equals("body=" + small.slug()) && v.year() == year)
                .singleElement()
                .satisfies(v -> assertThat(v.suppressed()).isTrue());
    }

    // ---- helpers ----

    private MockHttpServletResponse addSeat(
            PortalUser user, Body body, long person, String role, LocalDate from, LocalDate to) throws Exception {
        return perform(post("/admin/organisation/organ/" + body.id() + "/ledamoter")
                .with(csrf())
                .with(TestStaff.as(user))
                .param("personId", Long.toString(person))
                .param("termId", Long.toString(term.id()))
                .param("role", role)
                .param("from", from.toString())
                .param("to", to.toString()));
    }

    private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.select(".error-summary").text()).contains(message);
    }

    private long auditCount(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :e")
                .param("a", action)
                .param("e", Long.toString(entityId))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document open(String url) {
        try {
            MockHttpServletResponse response =
                    mvc.perform(get(url).accept("text/html")).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
