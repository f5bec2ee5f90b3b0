package se.bygdeportalen.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.bygdeportalen.decisions.internal.AddAgendaItem;
import se.bygdeportalen.decisions.internal.AddMeetingDocument;
import se.bygdeportalen.decisions.internal.ApproveMinutes;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.DecisionContent;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.EditMeeting;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDetails;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.decisions.internal.PlanMeeting;
import se.bygdeportalen.decisions.internal.RecordDecision;
import se.bygdeportalen.decisions.internal.Upload;
import se.bygdeportalen.decisions.internal.WarningOverride;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * Access to a body's records fails closed: for meetings, agenda items, documents, decisions and
 * minutes, nobody signed in, a resident and a registrar limited to another body are refused, with
 * nothing saved, both by the use cases (explicit actors) and on the staff routes; the system (demo
 * data) and a registrar of the body may.
 */
@IntegrationTest
class DecisionsAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    PlanMeeting plan;

    @Autowired
    EditMeeting edit;

    @Autowired
    AddAgendaItem addItem;

    @Autowired
    AddMeetingDocument addDocument;

    @Autowired
    RecordDecision record;

    @Autowired
    ApproveMinutes approve;

    DecisionsTestData data;
    DecisionsTestData.TestBody body;
    PortalUser inScopeUser;
    PortalUser otherBodyUser;
    PortalUser residentUser;
    Actor inScope;
    Actor otherBody;
    Actor resident;
    final AtomicInteger days = new AtomicInteger(20);

    @BeforeEach
    void setUp() {
        data = new DecisionsTestData(jdbc, meetings, decisions);
        body = data.body("COMMITTEE");
        DecisionsTestData.TestBody elsewhere = data.body("COMMITTEE");
        TestStaff staff = new TestStaff(jdbc, encoder);
        inScopeUser = staff.create(Role.REGISTRAR);
        otherBodyUser = staff.create(Role.REGISTRAR);
        scope(inScopeUser, body);
        scope(otherBodyUser, elsewhere);
        residentUser = PortalUser.resident(TestResidents.demoResident(jdbc, "Aino", "Keinänen"), "Aino Keinänen");
        inScope = Actor.of(inScopeUser);
        otherBody = Actor.of(otherBodyUser);
        resident = Actor.of(residentUser);
    }

    // ---- use cases with explicit actors ------------------------------------------------------

    @Test
    void meetingsArePlannedAndCorrectedOnlyByTheSystemAndTheBodysRegistrar() {
        refusedThenAllowed(
                actor -> plan.planMeeting(
                        new PlanMeeting.Command(
                                body.slug(), details(nextDay()), WarningOverride.NONE, DecisionsTestData.today()),
                        actor),
                () -> data.count("SELECT count(*) FROM decisions_meeting WHERE body_id = :id", body.id()));

        Meeting meeting = data.meeting(body, DecisionsTestData.today().plusDays(40));
        refusedThenAllowed(
                actor -> edit.editMeeting(
                        new EditMeeting.Command(
                                meeting.id(), details(nextDay()), WarningOverride.NONE, DecisionsTestData.today()),
                        actor),
                () -> audited("decisions.meeting.edited", meeting.id()));
    }

    @Test
    void agendaItemsAreAddedOnlyByTheSystemAndTheBodysRegistrar() {
        Meeting meeting = data.meeting(body, DecisionsTestData.today().plusDays(10));
        refusedThenAllowed(
                actor -> addItem.addAgendaItem(
                        new AddAgendaItem.Command(
                                meeting.id(), "KS 2026/7", TranslatableText.swedish("Skolskjutsar"), null),
                        actor),
                () -> meetings.agenda(meeting.id()).size());
    }

    @Test
    void documentsAreAddedOnlyByTheSystemAndTheBodysRegistrar() throws Exception {
        Meeting meeting = data.meeting(body, DecisionsTestData.today().plusDays(10));
        byte[] pdf = DecisionRulesIT.pdf();
        refusedThenAllowed(
                actor -> addDocument.addMeetingDocument(
                        new AddMeetingDocument.Command(
                                meeting.id(),
                                "Kallelse",
                                null,
                                new Upload("kallelse.pdf", pdf.length, new ByteArrayResource(pdf))),
                        actor),
                () -> meetings.documents(meeting.id()).size());
    }

    @Test
    void decisionsAreRecordedOnlyByTheSystemAndTheBodysRegistrar() {
        Meeting meeting = data.meeting(body, DecisionsTestData.today().minusDays(1));
        refusedThenAllowed(
                actor -> record.recordDecision(
                        new RecordDecision.Command(
                                meeting.id(), null, null, content("Bredband i Svanstein"), DecisionsTestData.today()),
                        actor),
                () -> decisions.byMeeting(meeting.id()).size());
    }

    @Test
    void minutesAreApprovedOnlyByTheSystemAndTheBodysRegistrar() {
        LongSupplier approved = () -> data.count("""
                SELECT count(*) FROM decisions_meeting WHERE body_id = :id AND approved_on IS NOT NULL""", body.id());
        refusedThenAllowed(
                actor -> {
                    Meeting held = data.meeting(body, DecisionsTestData.today().minusDays(days.incrementAndGet() - 18));
                    return approve.approveMinutes(
                            new ApproveMinutes.Command(
                                    held.id(),
                                    DecisionsTestData.today(),
                                    List.of(),
                                    List.of("Anna Niemi"),
                                    WarningOverride.NONE,
                                    DecisionsTestData.today()),
                            actor);
                },
                approved);
    }

    // ---- the staff routes --------------------------------------------------------------------

    @Test
    void theStaffRoutesRefuseVisitorsResidentsAndOtherBodiesRegistrars() throws Exception {
        Meeting upcoming = data.meeting(body, DecisionsTestData.today().plusDays(10));
        Meeting held = data.meeting(body, DecisionsTestData.today().minusDays(2));
        long meetingsBefore = meetingsOfBody();

        for (PortalUser who : new PortalUser[] {null, residentUser, otherBodyUser}) {
            int refusal = who == otherBodyUser ? 403 : who == null ? 302 : 403;
            assertThat(send(
                                    post("/admin/sammantraden/ny")
                                            .param("body", body.slug())
                                            .param("date", nextDay().toString())
                                            .param("startsAt", "09:00")
                                            .param("endsAt", "10:00")
                                            .param("place", "Kommunhuset"),
                                    who)
                            .getStatus())
                    .as("plan a meeting as %s", who)
                    .isEqualTo(refusal);
            assertThat(send(
                                    post("/admin/sammantraden/" + upcoming.id() + "/andra")
                                            .param("date", upcoming.date().toString())
                                            .param("startsAt", "08:00")
                                            .param("endsAt", "09:00")
                                            .param("place", "Intrång"),
                                    who)
                            .getStatus())
                    .as("correct a meeting as %s", who)
                    .isEqualTo(refusal);
            assertThat(send(
                                    post("/admin/sammantraden/" + upcoming.id() + "/arenden")
                                            .param("title[sv]", "Intrång"),
                                    who)
                            .getStatus())
                    .as("add an agenda item as %s", who)
                    .isEqualTo(refusal);
            assertThat(send(
                                    multipart("/admin/sammantraden/" + upcoming.id() + "/dokument")
                                            .file(new MockMultipartFile(
                                                    "file", "kallelse.pdf", "application/pdf", DecisionRulesIT.pdf()))
                                            .param("title", "Intrång"),
                                    who)
                            .getStatus())
                    .as("add a document as %s", who)
                    .isEqualTo(refusal);
            assertThat(send(
                                    post("/admin/sammantraden/" + held.id() + "/beslut/ny")
                                            .param("title[sv]", "Intrång")
                                            .param("text[sv]", "Text")
                                            .param("category", "ECONOMY")
                                            .param("genderStatus", "MISSING")
                                            .param("healthStatus", "MISSING")
                                            .param("childStatus", "MISSING"),
                                    who)
                            .getStatus())
                    .as("record a decision as %s", who)
                    .isEqualTo(refusal);
            assertThat(send(
                                    post("/admin/sammantraden/" + held.id() + "/justering")
                                            .param(
                                                    "approvedOn",
                                                    DecisionsTestData.today().toString())
                                            .param("approverNames", "Anna Niemi"),
                                    who)
                            .getStatus())
                    .as("approve the minutes as %s", who)
                    .isEqualTo(refusal);
        }
        assertThat(meetingsOfBody()).isEqualTo(meetingsBefore);
        assertThat(meetings.find(upcoming.id()).orElseThrow().place()).isEqualTo("Kommunhuset");
        assertThat(meetings.agenda(upcoming.id())).isEmpty();
        assertThat(meetings.documents(upcoming.id())).isEmpty();
        assertThat(decisions.byMeeting(held.id())).isEmpty();
        assertThat(meetings.find(held.id()).orElseThrow().approvedOn()).isNull();

        // The body's own registrar may.
        assertThat(send(
                                post("/admin/sammantraden/" + upcoming.id() + "/arenden")
                                        .param("title[sv]", "Skolskjutsar"),
                                inScopeUser)
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(
                                post("/admin/sammantraden/" + held.id() + "/justering")
                                        .param(
                                                "approvedOn",
                                                DecisionsTestData.today().toString())
                                        .param("approverNames", "Anna Niemi"),
                                inScopeUser)
                        .getStatus())
                .isEqualTo(302);
        assertThat(meetings.agenda(upcoming.id())).hasSize(1);
        assertThat(meetings.find(held.id()).orElseThrow().approvedOn()).isEqualTo(DecisionsTestData.today());
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Nobody, a resident and another body's registrar are refused with nothing saved; the system and the body's registrar may. */
    private void refusedThenAllowed(Function<Actor, Result> action, LongSupplier saved) {
        long before = saved.getAsLong();
        assertThatThrownBy(() -> action.apply(Actor.VISITOR))
                .as("visitor")
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> action.apply(resident))
                .as("resident")
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> action.apply(otherBody))
                .as("another body's registrar")
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status().value()).isEqualTo(403);
                    assertThat(p.messageKey()).isEqualTo("decisions.admin.otherBody");
                });
        assertThat(saved.getAsLong()).as("nothing saved for the refused").isEqualTo(before);

        assertThat(action.apply(Actor.system("test"))).as("the system").isInstanceOf(Result.Saved.class);
        assertThat(action.apply(inScope)).as("the body's registrar").isInstanceOf(Result.Saved.class);
        assertThat(saved.getAsLong()).isEqualTo(before + 2);
    }

    private LocalDate nextDay() {
        return DecisionsTestData.today().plusDays(days.incrementAndGet());
    }

    private static MeetingDetails details(LocalDate date) {
        return new MeetingDetails(date, LocalTime.of(9, 0), LocalTime.of(11, 0), "Kommunhuset", null);
    }

    private static DecisionContent content(String title) {
        return new DecisionContent(
                TranslatableText.swedish(title),
                TranslatableText.swedish("Nämnden beslutar enligt förslaget."),
                Category.INFRASTRUCTURE,
                null,
                null,
                null,
                null,
                null,
                null,
                Assessment.missing(),
                Assessment.missing(),
                Assessment.missing());
    }

    private void scope(PortalUser registrar, DecisionsTestData.TestBody of) {
        jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                .param("a", registrar.id())
                .param("b", of.id())
                .update();
    }

    private long meetingsOfBody() {
        return data.count("SELECT count(*) FROM decisions_meeting WHERE body_id = :id", body.id());
    }

    private long audited(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", String.valueOf(entityId))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, PortalUser who)
            throws Exception {
        request.with(csrf());
        if (who != null) {
            request.with(TestStaff.as(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
