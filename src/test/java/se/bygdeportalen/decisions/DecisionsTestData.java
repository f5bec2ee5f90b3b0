package se.bygdeportalen.decisions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.test.TestClock;

/** Builds bodies, meetings and decisions for tests, each with unique names, straight into the database. */
final class DecisionsTestData {

    record TestBody(long id, String slug, String kind) {}

    private final JdbcClient jdbc;
    private final MeetingRepository meetings;
    private final DecisionRepository decisions;

    DecisionsTestData(JdbcClient jdbc, MeetingRepository meetings, DecisionRepository decisions) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    /** Today as the application sees it while a test leaves the clock alone. */
    static LocalDate today() {
        return TestClock.DEFAULT_TODAY;
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    TestBody body(String kind) {
        String slug = "t-" + unique();
        String name = TranslatableText.of(
                        "Testnämnd " + slug,
                        "Testilautakunta " + slug,
                        "Testilautakunta " + slug,
                        "Test committee " + slug)
                .toJson();
        long id = jdbc.sql(
                        "INSERT INTO organisation_body (slug, kind, name, sort) VALUES (:s, :k, CAST(:n AS jsonb), 999) RETURNING id")
                .param("s", slug)
                .param("k", kind)
                .param("n", name)
                .query(Long.class)
                .single();
        return new TestBody(id, slug, kind);
    }

    Meeting meeting(TestBody body, LocalDate date) {
        return meeting(body, date, "18:00", "20:00");
    }

    Meeting meeting(TestBody body, LocalDate date, String start, String end) {
        long id = meetings.insert(
                body.id(),
                body.slug(),
                body.kind(),
                date,
                LocalTime.parse(start),
                LocalTime.parse(end),
                "Kommunhuset",
                null);
        return meetings.find(id).orElseThrow();
    }

    long item(Meeting meeting, String title) {
        return meetings.addAgendaItem(
                meeting.id(),
                meetings.nextItemNumber(meeting.id()),
                "KS 2026/" + (int) (Math.random() * 9000 + 1),
                TranslatableText.swedish(title),
                null);
    }

    long decision(Meeting meeting, String titleSv, String titleFi, String text, Assessment.Status gender) {
        int paragraph = decisions.nextParagraph(meeting.bodyId(), meeting.date().getYear());
        Assessment g = gender == Assessment.Status.MISSING
                ? Assessment.missing()
                : new Assessment(
                        gender,
                        "Bedömning",
                        gender == Assessment.Status.ASSESSED
                                ? new Assessment.Checklist(true, true, true, false)
                                : null);
        return decisions.insert(new Decision(
                0,
                meeting.id(),
                null,
                meeting.bodyId(),
                meeting.bodySlug(),
                meeting.date().getYear(),
                paragraph,
                meeting.date(),
                null,
                titleFi == null ? TranslatableText.swedish(titleSv) : TranslatableText.of(titleSv, titleFi, null, null),
                TranslatableText.swedish(text),
                Category.ECONOMY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                g,
                Assessment.missing(),
                Assessment.missing()));
    }

    long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
