package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.AnswerProposal;
import se.bygdeportalen.proposals.internal.CheckProposalResidency;
import se.bygdeportalen.proposals.internal.DeclineProposal;
import se.bygdeportalen.proposals.internal.DeleteProposalDraft;
import se.bygdeportalen.proposals.internal.ModerateProposal;
import se.bygdeportalen.proposals.internal.ProposalOutcome;
import se.bygdeportalen.proposals.internal.ReferProposal;
import se.bygdeportalen.proposals.internal.RegisterPaperProposal;
import se.bygdeportalen.proposals.internal.RemindProposalDeadlines;
import se.bygdeportalen.proposals.internal.RequestProposalAmendment;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.proposals.internal.WithdrawProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestStaff;

/**
 * Access to a proposal fails closed, for every route family that takes a proposal id and for the use
 * cases behind them: nobody (a visitor), another resident and a staff member without the role the step
 * needs are all refused, and nothing changes.
 */
@IntegrationTest
class ProposalAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    DeleteProposalDraft deleteDraft;

    @Autowired
    WithdrawProposal withdraw;

    @Autowired
    CheckProposalResidency residency;

    @Autowired
    RequestProposalAmendment amendment;

    @Autowired
    AcceptProposal accept;

    @Autowired
    DeclineProposal decline;

    @Autowired
    ReferProposal refer;

    @Autowired
    AnswerProposal answer;

    @Autowired
    ModerateProposal moderate;

    @Autowired
    RegisterPaperProposal paper;

    @Autowired
    RemindProposalDeadlines reminders;

    PortalUser owner;
    PortalUser otherResident;
    PortalUser communicator;
    PortalUser moderator;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        owner = ProposalFixtures.resident(jdbc);
        otherResident = ProposalFixtures.resident(jdbc);
        communicator = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        moderator = new TestStaff(jdbc, encoder).create(Role.MODERATOR);
    }

    private String state(long id) {
        return jdbc.sql("SELECT status || '/' || title FROM proposal WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static HttpStatus refusal(Runnable call) {
        return ((Problem) org.assertj.core.api.Assertions.catchThrowable(call::run)).status();
    }

    @Test
    void anotherResidentsDraftIsNotFoundOnEveryRouteAndStaysUnchanged() throws Exception {
        long id = ProposalFixtures.draft(save, owner, "Mitt utkast " + System.nanoTime());
        String before = state(id);
        String base = "/sv/medborgarforslag/mina/" + id;
        for (String path : List.of(base, base + "/granska", base + "/kvitto", base + "/kvitto.pdf")) {
            assertThat(status(get(path).with(TestStaff.as(otherResident))))
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(status(multipart(base)
                        .param("language", "sv")
                        .param("title", "Kapat")
                        .param("body", "Kapat")
                        .with(TestStaff.as(otherResident))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress())))
                .isEqualTo(404);
        for (String path : List.of(
                base + "/skicka",
                base + "/ta-bort",
                base + "/aterkalla",
                base + "/bilagor/" + java.util.UUID.randomUUID() + "/ta-bort")) {
            assertThat(status(post(path)
                            .with(TestStaff.as(otherResident))
                            .with(csrf())
                            .with(ProposalFixtures.anAddress())))
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aVisitorAndStaffCannotSeeOrChangeAResidentsDraft() throws Exception {
        long id = ProposalFixtures.draft(save, owner, "Utkast " + System.nanoTime());
        String before = state(id);
        String base = "/sv/medborgarforslag/mina/" + id;
        // Pages send whoever is not a resident to the sign-in; actions answer 401.
        for (PortalUser notAResident : new PortalUser[] {null, communicator}) {
            for (String path : List.of(base, base + "/granska", base + "/kvitto")) {
                var request = get(path);
                var response = mvc.perform(notAResident == null ? request : request.with(TestStaff.as(notAResident)))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(path).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/sv/logga-in");
            }
            for (String path :
                    List.of(base + "/skicka", base + "/ta-bort", base + "/aterkalla", base + "/kvitto.pdf")) {
                var request = path.endsWith(".pdf")
                        ? get(path)
                        : post(path).with(csrf()).with(ProposalFixtures.anAddress());
                assertThat(status(notAResident == null ? request : request.with(TestStaff.as(notAResident))))
                        .as(path)
                        .isEqualTo(401);
            }
        }
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void theResidentUseCasesRefuseEveryoneButTheProposer() {
        long id = ProposalFixtures.draft(save, owner, "Bara mitt " + System.nanoTime());
        String before = state(id);
        Actor staff = Actor.of(moderator);
        assertThat(refusal(() -> deleteDraft.deleteDraft(new DeleteProposalDraft.Command(id), Actor.of(otherResident))))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refusal(() -> deleteDraft.deleteDraft(new DeleteProposalDraft.Command(id), Actor.VISITOR)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refusal(() -> deleteDraft.deleteDraft(new DeleteProposalDraft.Command(id), staff)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        SaveProposalDraft.Command edit = ProposalFixtures.form("Kapat").toDraft(id, List.of());
        assertThat(refusal(() -> save.saveDraft(edit, Actor.of(otherResident)))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refusal(() -> save.saveDraft(edit, Actor.VISITOR))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refusal(() -> submit.submit(
                        new SubmitProposal.Command(id, ProposalFixtures.address()), Actor.of(otherResident))))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refusal(() -> withdraw.withdraw(new WithdrawProposal.Command(id), Actor.VISITOR)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void theQueueRefusesStaffWithoutTheRoleResidentsAndVisitors() throws Exception {
        long id = ProposalFixtures.submitted(save, submit, owner, "Kö " + System.nanoTime());
        String before = state(id);
        String base = "/admin/medborgarforslag/" + id;
        // Refused before any lookup: any well-formed token will do.
        java.util.UUID attachment = java.util.UUID.randomUUID();
        // A fresh request each time: a request builder keeps the post-processors added to it.
        List<java.util.function.Supplier<MockHttpServletRequestBuilder>> routes = List.of(
                () -> get(base),
                () -> get(base + "/bilagor/" + attachment),
                () -> post(base + "/folkbokforing"),
                () -> post(base + "/komplettering").param("reason", "Ändra"),
                () -> post(base + "/godkann"),
                () -> post(base + "/avsla").param("reason", "Nej"),
                () -> post(base + "/remittera").param("body", "kommunstyrelsen"),
                () -> post(base + "/besvara").param("outcome", "APPROVED").param("text", "Ja"),
                () -> post(base + "/moderera").param("action", "HIDE").param("reason", "Test"),
                () -> post(base + "/bilagor/" + attachment + "/dolj"),
                () -> post(base + "/bilagor/" + attachment + "/visa"));
        for (var route : routes) {
            String path = route.get()
                    .buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI();
            assertThat(status(route.get().with(TestStaff.as(communicator)).with(csrf())))
                    .as(path)
                    .isEqualTo(403);
            assertThat(status(route.get().with(TestStaff.as(owner)).with(csrf())))
                    .as(path)
                    .isEqualTo(403);
            var response = mvc.perform(route.get().with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/admin/login");
        }
        // A moderator may review but not refer or answer: the registry's steps.
        assertThat(status(post(base + "/folkbokforing")
                        .with(TestStaff.as(moderator))
                        .with(csrf())))
                .isEqualTo(403);
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void theStaffUseCasesRefuseWithoutTheRole() {
        long id = ProposalFixtures.submitted(save, submit, owner, "Roller " + System.nanoTime());
        String before = state(id);
        Actor noRole = Actor.of(communicator);
        Actor mod = Actor.of(moderator);
        for (Actor actor : new Actor[] {noRole, Actor.of(owner), Actor.VISITOR}) {
            HttpStatus expected = actor instanceof Actor.Staff ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
            assertThat(refusal(() -> accept.accept(new AcceptProposal.Command(id), actor)))
                    .isEqualTo(expected);
            assertThat(refusal(() -> decline.decline(new DeclineProposal.Command(id, "Nej"), actor)))
                    .isEqualTo(expected);
            assertThat(refusal(
                            () -> amendment.requestAmendment(new RequestProposalAmendment.Command(id, "Ändra"), actor)))
                    .isEqualTo(expected);
            assertThat(refusal(() -> residency.checkResidency(new CheckProposalResidency.Command(id), actor)))
                    .isEqualTo(expected);
            assertThat(refusal(() -> moderate.moderate(
                            new ModerateProposal.Command(id, ModerateProposal.Action.HIDE, "x", null, null), actor)))
                    .isEqualTo(expected);
        }
        assertThat(refusal(() -> residency.checkResidency(new CheckProposalResidency.Command(id), mod)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal(() -> refer.refer(new ReferProposal.Command(id, "kommunstyrelsen", null), mod)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal(() -> answer.answer(
                        new AnswerProposal.Command(id, null, ProposalOutcome.APPROVED, null, null, "Ja"), mod)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal(() -> paper.register(
                        new RegisterPaperProposal.Command(
                                "A", "B", null, null, null, "T", "B", null, null, null, null, null, List.of()),
                        mod)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusal(() -> reminders.remind(mod))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(state(id)).isEqualTo(before);
    }
}
