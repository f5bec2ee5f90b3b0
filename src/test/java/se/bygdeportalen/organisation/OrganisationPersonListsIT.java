package se.bygdeportalen.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.PageLimits;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.QueryCounter;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of elected people do work bounded by what they show (ADR 0020): the open-data API
 * {@code /api/v1/persons} is keyset-paged in the list envelope of every {@code /api/v1/} list, and the
 * seat form offers a bounded choice of people that a search by name narrows to anyone. Both run as
 * many statements with 10,000 more people as with 10. Other test classes of the context add people
 * too, so expectations are read from the database, and this class's bulk people are deleted after
 * each test.
 */
@IntegrationTest
class OrganisationPersonListsIT {

    /** What {@code OrganisationAdminPages.PERSON_CHOICES} offers at a time. */
    private static final int CHOICES = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformProperties properties;

    @Autowired
    TestClock clock;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private OrganisationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrganisationFixtures(jdbc);
    }

    @AfterEach
    void removeBulkPeople() {
        jdbc.sql("""
                DELETE FROM organisation_membership
                WHERE person_id IN (SELECT id FROM organisation_person WHERE name LIKE :p)
                """).param("p", "%" + tag + "%").update();
        jdbc.sql("DELETE FROM organisation_person WHERE name LIKE :p")
                .param("p", "%" + tag + "%")
                .update();
    }

    // ---- the open-data API ----

    @Test
    void theApiPagesEveryPersonByIdInTheListEnvelopeAndCostsTheSameForTenAndTenThousand() throws Exception {
        insertPeople(1, 10);
        read("/api/v1/persons");
        Counted ten = count("/api/v1/persons");
        assertThat(ten.statements()).isPositive();
        insertPeople(11, 9_990);

        Counted first = count("/api/v1/persons");
        assertThat(first.statements()).as("statements with 10,000 more people").isEqualTo(ten.statements());
        assertThat(first.body().get("limit").asInt()).isEqualTo(PageLimits.STANDARD.defaultLimit());
        assertThat(first.body().get("items")).hasSize(PageLimits.STANDARD.defaultLimit());
        assertThat(first.body().get("next").asString())
                .startsWith(properties.baseUrl() + "/api/v1/persons?limit=20&cursor=");

        List<Long> expected = jdbc.sql("SELECT id FROM organisation_person ORDER BY id")
                .query(Long.class)
                .list();
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/persons?limit=100";
        int pages = 0;
        while (next != null) {
            Counted page = count(next);
            assertThat(page.statements())
                    .as("statements on page " + (pages + 1))
                    .isEqualTo(ten.statements());
            assertThat(page.body().get("limit").asInt()).isEqualTo(100);
            for (JsonNode item : page.body().get("items")) {
                walked.add(item.get("id").asLong());
                assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "name", "party", "gender");
            }
            JsonNode link = page.body().get("next");
            next = link == null || link.isNull() ? null : link.asString();
            pages++;
        }
        assertThat(walked)
                .as("every person once, by id, across page boundaries")
                .isEqualTo(expected);
        assertThat(pages).isEqualTo((expected.size() + 99) / 100);

        JsonNode bulk = read("/api/v1/persons?limit=1000").get("items");
        assertThat(bulk).as("a larger limit gets the maximum").hasSize(PageLimits.STANDARD.maxLimit());
        JsonNode someone = bulk.get(0);
        assertThat(someone.get("gender").isNull()
                        || someone.get("gender").asString().matches("female|male"))
                .isTrue();
    }

    @Test
    void aBadLimitOrCursorIsAProblemNamingTheParameter() throws Exception {
        insertPeople(1, 30);
        String next = read("/api/v1/persons?limit=5").get("next").asString();
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        for (String[] bad : new String[][] {
            {"/api/v1/persons?limit=abc", "limit"},
            {"/api/v1/persons?limit=0", "limit"},
            {"/api/v1/persons?cursor=nonsense", "cursor"},
            {"/api/v1/persons?cursor=" + cursor.substring(0, cursor.length() - 2), "cursor"}
        }) {
            MockHttpServletResponse response =
                    mvc.perform(get(URI.create(bad[0]))).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
            assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                            .get("parameter")
                            .asString())
                    .as(bad[0])
                    .isEqualTo(bad[1]);
        }
        assertThat(read("/api/v1/persons?limit=5&cursor=" + cursor).get("items"))
                .as("the cursor of a page of five")
                .hasSize(5);
    }

    @Test
    void theOpenApiDescriptionShowsThePersonsListWithLimitCursorAndTheEnvelope() throws Exception {
        JsonNode api = read("/api/openapi.json");
        JsonNode operation = api.get("paths").get("/api/v1/persons").get("get");
        assertThat(operation.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("limit", "cursor");
        assertThat(operation.get("description").asString()).contains("follow next");
        String ref = operation.findValue("$ref").asString();
        JsonNode envelope = api.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(envelope.get("properties").propertyNames()).containsExactlyInAnyOrder("items", "next", "limit");
        assertThat(envelope.get("description").asString()).contains("Follow next");
    }

    @Test
    void theCsvExportStillHoldsEveryPerson() throws Exception {
        insertPeople(1, 2_500);
        String csv = mvc.perform(get("/api/v1/persons.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long people = jdbc.sql("SELECT count(*) FROM organisation_person")
                .query(Long.class)
                .single();
        assertThat(csv).startsWith("id,name,party,gender\r\n").contains("Bulk " + tag + " 02500");
        assertThat(csv.split("\r\n")).hasSize((int) people + 1);
    }

    // ---- the seat form ----

    @Test
    void theSeatFormOffersTheNewestPeopleOrThoseASearchFindsAndCostsTheSameForTenAndTenThousand() throws Exception {
        PortalUser registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
        Body body = fixtures.body(Body.Kind.COMMITTEE, "Väljarnämnd");
        Term term = fixtures.termCovering(clock.today());
        String seats = "/admin/organisation/organ/" + body.id() + "/ledamoter?term=" + term.id();
        String search = seats + "&namn=Bulk%20" + tag;
        insertPeople(1, 10);
        open(registrar, seats);
        Counted newestOfTen = count(registrar, seats);
        Counted searchOfTen = count(registrar, search);
        assertThat(choices(searchOfTen.page())).hasSize(10);
        insertPeople(11, 9_990);
        long special = fixtures.person("Zäta " + tag + " Särskild", "BLÖ", Member.Sex.FEMALE, null);

        Counted newest = count(registrar, seats);
        assertThat(newest.statements()).as("statements with 10,000 more people").isEqualTo(newestOfTen.statements());
        assertThat(choices(newest.page()))
                .as("the people added last, newest first")
                .isEqualTo(jdbc.sql("SELECT id FROM organisation_person ORDER BY id DESC LIMIT :n")
                        .param("n", CHOICES)
                        .query(Long.class)
                        .list())
                .startsWith(special);
        assertThat(newest.page().select("#person-choices").text()).contains("lades till senast");

        Counted found = count(registrar, search);
        assertThat(found.statements()).as("a search among 10,000").isEqualTo(searchOfTen.statements());
        assertThat(choices(found.page()))
                .as("by name, the first " + CHOICES)
                .isEqualTo(jdbc.sql("SELECT id FROM organisation_person WHERE name LIKE :p ORDER BY name, id LIMIT :n")
                        .param("p", "Bulk " + tag + "%")
                        .param("n", CHOICES)
                        .query(Long.class)
                        .list());
        assertThat(found.page().select("#person-choices").text()).contains("Bulk " + tag, "de " + CHOICES + " första");
        assertThat(found.page()
                        .select("form[method=post] input[type=hidden][name=namn]")
                        .attr("value"))
                .as("the search is kept when the form comes back with an error")
                .isEqualTo("Bulk " + tag);

        Document one = open(registrar, seats + "&namn=s%C3%A4rskild%20");
        assertThat(choices(one)).containsExactly(special);
        assertThat(one.select("#f-namn").attr("value")).isEqualTo("särskild");

        Document none = open(registrar, seats + "&namn=" + tag + "%25_");
        assertThat(none.select("select[name=personId]")).isEmpty();
        assertThat(none.select("#person-choices").text()).contains("Ingen person", tag + "%_");

        // A form that comes back with an error keeps the chosen person, whatever the search shows.
        MockHttpServletResponse refused = mvc.perform(post("/admin/organisation/organ/" + body.id() + "/ledamoter")
                        .with(csrf())
                        .with(TestStaff.as(registrar))
                        .param("personId", Long.toString(special))
                        .param("termId", Long.toString(term.id()))
                        .param("role", "MEMBER")
                        .param("from", "")
                        .param("to", term.endsOn().toString())
                        .param("namn", "Bulk " + tag))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document refusedPage = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(choices(refusedPage)).hasSize(CHOICES + 1).startsWith(special);
        assertThat(refusedPage.select("select[name=personId] option[selected]").attr("value"))
                .isEqualTo(Long.toString(special));

        MockHttpServletResponse saved = mvc.perform(post("/admin/organisation/organ/" + body.id() + "/ledamoter")
                        .with(csrf())
                        .with(TestStaff.as(registrar))
                        .param("personId", Long.toString(special))
                        .param("termId", Long.toString(term.id()))
                        .param("role", "MEMBER")
                        .param("from", term.startsOn().toString())
                        .param("to", term.endsOn().toString())
                        .param("namn", "Särskild"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(open(registrar, seats).select("#seats").text()).contains("Zäta " + tag + " Särskild");
    }

    // ---- data and requests ----

    /** People {@code from..from+n-1} named "Bulk tag 00001"..., of every sex, in one statement. */
    private void insertPeople(int from, int n) {
        jdbc.sql("""
                INSERT INTO organisation_person (name, party, sex, email)
                SELECT 'Bulk ' || :tag || ' ' || lpad(g::text, 5, '0'), (ARRAY['S', 'C', 'M', 'V', 'BLÖ'])[1 + g % 5],
                       (ARRAY['FEMALE', 'MALE', 'UNSPECIFIED'])[1 + g % 3], 'bulk' || g || '@example.invalid'
                FROM generate_series(:from, :from + :n - 1) g
                """).param("tag", tag).param("from", from).param("n", n).update();
    }

    /** The person ids the seat form offers, in its order (without "choose a person"). */
    private static List<Long> choices(Document page) {
        return page.select("select[name=personId] option").stream()
                .map(Element::val)
                .filter(v -> !v.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    record Counted(int statements, JsonNode body, Document page) {}

    /** An API page, its statements counted; {@code link} may be absolute (a next link). */
    private Counted count(String link) {
        AtomicReference<JsonNode> body = new AtomicReference<>();
        int statements = QueryCounter.count(() -> body.set(read(link)));
        return new Counted(statements, body.get(), new Document(""));
    }

    private Counted count(PortalUser user, String path) {
        AtomicReference<Document> page = new AtomicReference<>();
        int statements = QueryCounter.count(() -> page.set(open(user, path)));
        return new Counted(statements, json.nullNode(), page.get());
    }

    private JsonNode read(String link) {
        try {
            String path = link.startsWith(properties.baseUrl())
                    ? link.substring(properties.baseUrl().length())
                    : link;
            MockHttpServletResponse response =
                    mvc.perform(get(URI.create(path))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Document open(PortalUser user, String path) {
        try {
            MockHttpServletResponse response = mvc.perform(
                            get(URI.create(path)).with(TestStaff.as(user)).accept("text/html"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
