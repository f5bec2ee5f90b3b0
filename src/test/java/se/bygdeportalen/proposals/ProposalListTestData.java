package se.bygdeportalen.proposals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.test.TestClock;

/**
 * Inserts proposals for the public read-side tests with plain SQL, in any state, including the
 * private fields (e-mail, address, phone) that must never leak into pages, feeds or exports. Each
 * builder takes a case year of its own (the year before the clock's, then earlier ones), so two tests of one
 * class never see each other's proposals when they filter by year.
 */
final class ProposalListTestData {

    static final String SECRET_EMAIL = "hemlig.person@example.invalid";
    static final String SECRET_ADDRESS = "Hemliggatan 7, 957 99 Aapua";
    static final String SECRET_PHONE = "070-111 22 33";

    /** The application's "now" in every test that leaves the clock alone; the builders' times count back from it. */
    static final OffsetDateTime NOW = OffsetDateTime.ofInstant(TestClock.DEFAULT_INSTANT, ZoneOffset.UTC);

    /** Per database: the earliest case year a builder has taken. */
    private static final Map<String, Integer> HANDED_OUT = new HashMap<>();

    private final JdbcClient jdbc;
    final int year;
    private int seq;

    ProposalListTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        String database =
                jdbc.sql("SELECT current_database()").query(String.class).single();
        synchronized (HANDED_OUT) {
            // Each test class has a database of its own (FreshDatabase); the tests of one class get one year
            // each, counting back from the year before the clock's (the use cases number this year's
            // proposals), past any year the class's own proposals already use.
            Set<Integer> used = jdbc.sql("SELECT DISTINCT case_year FROM proposal WHERE case_year IS NOT NULL")
                    .query(Integer.class)
                    .set();
            int y = HANDED_OUT.getOrDefault(database, NOW.getYear()) - 1;
            while (used.contains(y)) {
                y--;
            }
            HANDED_OUT.put(database, y);
            this.year = y;
        }
    }

    /** A builder for one proposal, published 20 days before {@link #NOW} in Swedish unless changed. */
    Builder proposal(String title) {
        return new Builder(title);
    }

    final class Builder {
        String status = "PUBLISHED";
        String channel = "E_ID";
        String language = "sv";
        final String title;
        String body = "Ett förslag för test.";
        String category;
        String village;
        String proposerName = "Testa Testsson";
        String sex;
        String ageBand;
        boolean hidden;
        int supports;
        OffsetDateTime submittedAt = NOW.minusDays(30);
        OffsetDateTime publishedAt = NOW.minusDays(20);
        OffsetDateTime answeredAt;
        String answerText;
        String outcome;
        String referredBody;

        Builder(String title) {
            this.title = title;
        }

        Builder status(String s) {
            status = s;
            if (s.equals("SUBMITTED") || s.equals("DECLINED") || s.equals("DRAFT") || s.equals("AMENDMENT_REQUESTED")) {
                publishedAt = null;
            }
            if (s.equals("REFERRED") || s.equals("ANSWERED")) {
                referredBody = "kommunstyrelsen";
            }
            if (s.equals("ANSWERED") && answeredAt == null) {
                answeredAt = NOW.minusDays(1);
                answerText = "Kommunstyrelsen beslutade att bifalla förslaget.";
                outcome = "APPROVED";
            }
            return this;
        }

        Builder language(String l) {
            language = l;
            return this;
        }

        Builder body(String b) {
            body = b;
            return this;
        }

        Builder category(String c) {
            category = c;
            return this;
        }

        Builder village(String v) {
            village = v;
            return this;
        }

        Builder channel(String c) {
            channel = c;
            return this;
        }

        Builder proposer(String name) {
            proposerName = name;
            return this;
        }

        Builder demographics(String s, String band) {
            sex = s;
            ageBand = band;
            return this;
        }

        Builder hidden() {
            hidden = true;
            return this;
        }

        Builder supports(int n) {
            supports = n;
            return this;
        }

        Builder submitted(OffsetDateTime at) {
            submittedAt = at;
            if (publishedAt != null && publishedAt.isBefore(at)) {
                publishedAt = at.plusDays(3);
            }
            return this;
        }

        Builder answered(OffsetDateTime at) {
            status("ANSWERED");
            answeredAt = at;
            return this;
        }

        Builder published(OffsetDateTime at) {
            publishedAt = at;
            return this;
        }

        long insert() {
            int number = ++seq;
            return jdbc.sql("""
                    INSERT INTO proposal (status, channel, language, title, body, category, village_slug, proposer_name, proposer_email,
                                          proposer_address, proposer_phone, submitter_sex, submitter_age_band, case_number, case_year,
                                          case_seq, submitted_at, published_at, referred_at, referred_body_slug, deadline, answered_at,
                                          answer_decided_on, answer_outcome, answer_text, hidden, hidden_reason, support_count)
                    VALUES (:status, :channel, :language, :title, :body, :category, :village, :name, :email, :address, :phone, :sex, :age,
                            :caseNumber, :year, :seq, :submitted, :published, :referred, :body_slug, :deadline, :answered,
                            :decided, :outcome, :answer, :hidden, :hiddenReason, :supports)
                    RETURNING id
                    """)
                    .param("status", status)
                    .param("channel", channel)
                    .param("language", language)
                    .param("title", title)
                    .param("body", body)
                    .param("category", category)
                    .param("village", village)
                    .param("name", proposerName)
                    .param("email", SECRET_EMAIL)
                    .param("address", SECRET_ADDRESS)
                    .param("phone", SECRET_PHONE)
                    .param("sex", sex)
                    .param("age", ageBand)
                    .param("caseNumber", "KS " + year + "/" + number)
                    .param("year", year)
                    .param("seq", number)
                    .param("submitted", submittedAt)
                    .param("published", publishedAt)
                    .param("referred", referredBody == null ? null : submittedAt.plusDays(10))
                    .param("body_slug", referredBody)
                    .param("deadline", submittedAt.toLocalDate().plusYears(1))
                    .param("answered", answeredAt)
                    .param("decided", answeredAt == null ? null : answeredAt.toLocalDate())
                    .param("outcome", outcome)
                    .param("answer", answerText)
                    .param("hidden", hidden)
                    .param("hiddenReason", hidden ? "Personuppgifter" : null)
                    .param("supports", supports)
                    .query(Long.class)
                    .single();
        }
    }

    /** Many published proposals at once (for query counts and paging), with supports rows too. */
    void bulk(int count, String titlePrefix) {
        int from = seq + 1;
        seq += count;
        jdbc.sql("""
                INSERT INTO proposal (status, channel, language, title, body, category, village_slug, proposer_name, proposer_email,
                                      case_number, case_year, case_seq, submitted_at, published_at, support_count,
                                      referred_at, referred_body_slug, deadline, answered_at)
                SELECT (ARRAY['PUBLISHED', 'REFERRED', 'ANSWERED'])[1 + g % 3], 'E_ID', (ARRAY['sv', 'fi', 'fit', 'en'])[1 + g % 4],
                       :prefix || ' ' || g, 'Text ' || g, 'kultur-och-fritid', 'aapua', 'Namn ' || g, 'bulk' || g || '@example.invalid',
                       'KS ' || :year || '/' || g, :year, g, :now - g * interval '1 hour', :now - g * interval '1 hour' + interval '1 minute', g % 7,
                       -- referred and answered ones went through a committee, as the use cases would have recorded
                       CASE WHEN g % 3 > 0 THEN :now - g * interval '1 hour' + interval '2 minutes' END,
                       CASE WHEN g % 3 > 0 THEN 'kommunstyrelsen' END,
                       (:now - g * interval '1 hour' + interval '1 year')::date,
                       CASE WHEN g % 3 = 2 THEN :now - g * interval '1 hour' + interval '3 minutes' END
                FROM generate_series(:from, :to) AS g
                """)
                .param("prefix", titlePrefix)
                .param("now", NOW)
                .param("year", year)
                .param("from", from)
                .param("to", seq)
                .update();
        // Support rows (the list reads only the denormalized count, so these must not change its query count).
        jdbc.sql(
                        "INSERT INTO proposal_support (proposal_id, resident_id) SELECT p.id, r FROM proposal p, generate_series(1, 5) AS r"
                                + " WHERE p.case_year = :year AND p.case_seq BETWEEN :from AND :to")
                .param("year", year)
                .param("from", from)
                .param("to", seq)
                .update();
    }
}
