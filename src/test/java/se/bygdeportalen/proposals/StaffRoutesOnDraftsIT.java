package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.AnswerProposal;
import se.bygdeportalen.proposals.internal.CheckProposalResidency;
import se.bygdeportalen.proposals.internal.DeclineProposal;
import se.bygdeportalen.proposals.internal.ModerateProposal;
import se.bygdeportalen.proposals.internal.ModerateProposalAttachment;
import se.bygdeportalen.proposals.internal.ProposalOutcome;
import se.bygdeportalen.proposals.internal.ProposalRepository;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.RequestProposalAmendment;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.RoutePatterns;
import se.bygdeportalen.test.TestStaff;

/**
 * A draft is the resident's alone until they send it: no staff route shows or changes anything of it,
 * neither its page nor its files nor its actions. The routes are found from the application's own
 * mappings, so a staff route added later is walked the day it is added. Attachments are addressed by a
 * random token; the sequential row id no longer opens anything.
 */
@IntegrationTest
class StaffRoutesOnDraftsIT {

    /**
     * Staff routes with path variables that address another kind of record than one a resident writes,
     * with the reason they are not walked here. Every other {@code /admin} route with a variable is walked
     * with the draft's id, and a variable this test does not know fails it.
     */
    private static final Map<String, String> OTHER_RECORDS = Map.of(
            "/admin/sammantraden/", "meetings, items and decisions: the secretaries' own records",
            "/admin/organisation/", "bodies, villages, people, terms and memberships",
            "/admin/personal/", "staff accounts",
            "/admin/personuppgifter/", "a resident's person id, not a record (PersonalDataRequestsIT)",
            "/admin/granskningslogg/", "audit entries",
            "/admin/anslagstavla/", "notices the staff post",
            "/admin/tillganglighet/", "the accessibility statement's issues",
            "/admin/e-post/", "the mail outbox");

    /** Every field a staff form under a proposal takes, filled so a POST reaches its use case, not only the form check. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "reason", "Kapat",
            "body", "kommunstyrelsen",
            "outcome", "APPROVED",
            "text", "Kapat",
            "action", "HIDE",
            "title", "Kapat");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AcceptProposal accept;

    @Autowired
    DeclineProposal decline;

    @Autowired
    RequestProposalAmendment amendment;

    @Autowired
    CheckProposalResidency residency;

    @Autowired
    ReferProposal refer;

    @Autowired
    AnswerProposal answer;

    @Autowired
    ModerateProposal moderate;

    @Autowired
    ModerateProposalAttachment moderateAttachment;

    @Autowired
    ProposalRepository repository;

    PortalUser resident;
    PortalUser everyRole;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        resident = ProposalFixtures.resident(jdbc);
        everyRole = new TestStaff(jdbc, encoder).create(Role.values());
    }

    @Test
    void noStaffRouteShowsOrChangesADraft() throws Exception {
        long draft = draftWithAttachment("Utkast med bilaga " + System.nanoTime());
        UUID attachment = repository.attachments(draft).getFirst().token();
        String before = snapshot(draft);

        List<Route> routes = draftRoutes(draft, attachment);
        assertThat(routes)
                .as("the walk must find the proposal's staff routes, its file among them")
                .extracting(Route::path)
                .contains(
                        "/admin/medborgarforslag/" + draft,
                        "/admin/medborgarforslag/" + draft + "/bilagor/" + attachment,
                        "/admin/medborgarforslag/" + draft + "/bilagor/" + attachment + "/dolj",
                        "/admin/medborgarforslag/" + draft + "/godkann");
        List<String> served = new ArrayList<>();
        for (Route route : routes) {
            MockHttpServletRequestBuilder request =
                    request(route.method(), route.path()).accept("text/html").with(TestStaff.as(everyRole));
            if (route.method() == HttpMethod.POST) {
                request.with(csrf());
                FORM_FIELDS.forEach(request::param);
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 403 && status != 404) {
                served.add(route + " answered " + status);
            }
        }
        assertThat(served).as("staff routes that did not refuse a draft").isEmpty();
        assertThat(snapshot(draft)).isEqualTo(before);
    }

    @Test
    void everyRouteWithAVariableIsWalkedOrNamedAsAnotherKindOfRecord() {
        Set<String> unused = new TreeSet<>(OTHER_RECORDS.keySet());
        for (String pattern : adminPatternsWithVariables()) {
            OTHER_RECORDS.keySet().stream().filter(pattern::startsWith).forEach(unused::remove);
        }
        // An entry no route uses any more is removed, so the list cannot hide a new route by accident.
        assertThat(unused).as("OTHER_RECORDS entries that match no route").isEmpty();
    }

    @Test
    void theStaffUseCasesTreatADraftAsNotFound() {
        long draft = draftWithAttachment("Utkast för användningsfall " + System.nanoTime());
        UUID attachment = repository.attachments(draft).getFirst().token();
        String before = snapshot(draft);
        Actor staff = Actor.of(everyRole);
        List<Runnable> calls = List.of(
                () -> accept.accept(new AcceptProposal.Command(draft), staff),
                () -> decline.decline(new DeclineProposal.Command(draft, "Nej"), staff),
                () -> amendment.requestAmendment(new RequestProposalAmendment.Command(draft, "Ändra"), staff),
                () -> residency.checkResidency(new CheckProposalResidency.Command(draft), staff),
                () -> refer.refer(new ReferProposal.Command(draft, "kommunstyrelsen", null), staff),
                () -> answer.answer(
                        new AnswerProposal.Command(draft, null, ProposalOutcome.APPROVED, null, null, "Ja"), staff),
                () -> moderate.moderate(
                        new ModerateProposal.Command(draft, ModerateProposal.Action.HIDE, "x", null, null), staff),
                () -> moderateAttachment.moderateAttachment(
                        new ModerateProposalAttachment.Command(draft, attachment, true), staff));
        for (Runnable call : calls) {
            assertThat(catchThrowable(call::run))
                    .isInstanceOfSatisfying(
                            Problem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        }
        assertThat(snapshot(draft)).isEqualTo(before);
    }

    @Test
    void attachmentsAreAddressedByTheirTokenAndNotByTheirRowId() throws Exception {
        long id = draftWithAttachment("Skickat med bilaga " + System.nanoTime());
        assertThat(submit.submit(new SubmitProposal.Command(id, ProposalFixtures.address()), Actor.of(resident))
                        .isSaved())
                .isTrue();
        assertThat(accept.accept(new AcceptProposal.Command(id), Actor.of(everyRole))
                        .isSaved())
                .isTrue();
        var a = repository.attachments(id).getFirst();
        assertThat(a.token()).isNotNull();
        String staffBase = "/admin/medborgarforslag/" + id + "/bilagor/";
        String publicBase = "/sv" + repository.byId(id).orElseThrow().path() + "/bilagor/";

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(staffBase + a.token(), 200);
        expected.put(staffBase + a.id(), 404);
        expected.put(staffBase + UUID.randomUUID(), 404);
        expected.put(publicBase + a.token(), 200);
        expected.put(publicBase + a.id(), 404);
        expected.put(publicBase + UUID.randomUUID(), 404);
        for (var e : expected.entrySet()) {
            MockHttpServletRequestBuilder r = get(e.getKey());
            if (e.getKey().startsWith("/admin")) {
                r.with(TestStaff.as(everyRole));
            }
            assertThat(mvc.perform(r).andReturn().getResponse().getStatus())
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
        }
        // The old numeric address of the moderation action no longer hides anything.
        int status = mvc.perform(request(HttpMethod.POST, staffBase + a.id() + "/dolj")
                        .with(TestStaff.as(everyRole))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(repository.attachments(id).getFirst().hidden()).isFalse();
        // The report form names the attachment by its token too; a row id is not a token.
        String report = "/sv" + repository.byId(id).orElseThrow().path() + "/anmal";
        int byId = mvc.perform(post(report)
                        .param("reason", "PERSONAL_DATA")
                        .param("attachment", String.valueOf(a.id()))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(byId).isEqualTo(400);
        int byToken = mvc.perform(post(report)
                        .param("reason", "PERSONAL_DATA")
                        .param("attachment", a.token().toString())
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(byToken).isEqualTo(200);
        assertThat(jdbc.sql("SELECT attachment_id FROM proposal_report WHERE proposal_id = :p")
                        .param("p", id)
                        .query(Long.class)
                        .list())
                .containsExactly(a.id());
        // The pages link the token.
        String page = mvc.perform(get("/sv" + repository.byId(id).orElseThrow().path()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/bilagor/" + a.token()).doesNotContain("/bilagor/" + a.id() + "\"");
    }

    // ---- helpers

    record Route(HttpMethod method, String path) {}

    private List<Route> draftRoutes(long draft, UUID attachment) {
        List<Route> routes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!walked(pattern)) {
                    continue;
                }
                String path = RoutePatterns.expand(pattern, (name, regex) -> switch (name) {
                    case "id" -> String.valueOf(draft);
                    case "attachment" -> attachment.toString();
                    default -> {
                        unknown.add(pattern + " (" + handler.getShortLogMessage() + ")");
                        yield name;
                    }
                });
                for (RequestMethod m :
                        methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path));
                }
            }
        });
        assertThat(unknown)
                .as("staff routes with a variable this test cannot fill: teach it, or name the record in OTHER_RECORDS")
                .isEmpty();
        return routes;
    }

    private boolean walked(String pattern) {
        return isAdminWithVariables(pattern) && OTHER_RECORDS.keySet().stream().noneMatch(pattern::startsWith);
    }

    private List<String> adminPatternsWithVariables() {
        List<String> patterns = new ArrayList<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(StaffRoutesOnDraftsIT::isAdminWithVariables)
                        .forEach(patterns::add));
        return patterns;
    }

    private static boolean isAdminWithVariables(String pattern) {
        return pattern.startsWith("/admin/")
                && !RoutePatterns.variables(pattern).isEmpty();
    }

    /** The draft as the resident left it: its row, its files, its timeline and reports. */
    private String snapshot(long id) {
        return jdbc.sql("""
                SELECT p.status || '|' || p.title || '|' || p.body
                    || '|' || (SELECT string_agg(a.original_name || ':' || a.hidden, ',' ORDER BY a.id)
                               FROM proposal_attachment a WHERE a.proposal_id = p.id)
                    || '|' || (SELECT count(*) FROM proposal_event e WHERE e.proposal_id = p.id)
                    || '|' || (SELECT count(*) FROM proposal_report r WHERE r.proposal_id = p.id)
                FROM proposal p WHERE p.id = :id
                """).param("id", id).query(String.class).single();
    }

    private long draftWithAttachment(String title) {
        MockMultipartFile picture = new MockMultipartFile("attachments", "karta.png", "image/png", png());
        Result r = save.saveDraft(ProposalFixtures.form(title).toDraft(null, List.of(picture)), Actor.of(resident));
        assertThat(r).isInstanceOf(Result.Saved.class);
        return r.id();
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
