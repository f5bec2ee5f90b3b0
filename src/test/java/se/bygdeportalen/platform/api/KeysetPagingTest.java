package se.bygdeportalen.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset paging: page sizes, the next cursor, and refusal of every cursor not made for the list. */
class KeysetPagingTest {

    record Row(long id, Instant publishedAt, String title) {}

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-01T10:00:00Z");

    private static Position position(Row row) {
        return Position.of(row.publishedAt(), row.id());
    }

    @Test
    void theLimitDefaultsIsCappedAndMustBeAPositiveNumber() {
        PageLimits limits = new PageLimits(20, 100);
        assertThat(limits.parse(null)).isEqualTo(20);
        assertThat(limits.parse(" ")).isEqualTo(20);
        assertThat(limits.parse("5")).isEqualTo(5);
        assertThat(limits.parse("1000")).isEqualTo(100);
        assertThat(limits.parse("99999999999999999")).isEqualTo(100);
        for (String bad : List.of("0", "-1", "ten", "1.5", "9999999999999999999999")) {
            assertThatThrownBy(() -> limits.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidPageRequestException.class,
                            e -> assertThat(e.parameter()).isEqualTo("limit"));
        }
    }

    @Test
    void aFullPageFetchedWithOneMoreRowHasANextCursorThatLeadsOnFromItsLastRow() {
        KeysetRequest first = KeysetRequest.parse("/api/v1/things", "2", null, PageLimits.STANDARD, "year", "2026");
        assertThat(first.firstPage()).isTrue();
        assertThat(first.fetchSize()).isEqualTo(3);

        KeysetPage<Row> page = first.page(
                List.of(new Row(9, T1, "a"), new Row(7, T2, "b"), new Row(4, T3, "c")), KeysetPagingTest::position);
        assertThat(page.items()).extracting(Row::id).containsExactly(9L, 7L);
        assertThat(page.last()).isFalse();

        KeysetRequest second =
                KeysetRequest.parse("/api/v1/things", "2", page.nextCursor(), PageLimits.STANDARD, "year", "2026");
        assertThat(second.after()).isEqualTo(new Position("2026-02-01T10:00:00Z", 7));
        assertThat(second.after().instantKey()).isEqualTo(T2);
        assertThat(second.after().id()).isEqualTo(7);
    }

    @Test
    void aPageWithNoExtraRowIsTheLast() {
        KeysetRequest request = KeysetRequest.parse("/api/v1/things", "2", null, PageLimits.STANDARD);
        KeysetPage<Row> page =
                request.page(List.of(new Row(9, T1, "a"), new Row(7, T2, "b")), KeysetPagingTest::position);
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
        assertThat(request.page(List.<Row>of(), KeysetPagingTest::position).last())
                .isTrue();
    }

    @Test
    void aCursorIsRefusedWhenChangedCutShortForeignOrFromOtherFilters() {
        String cursor = Cursors.encode("/api/v1/things\nyear=2026", Position.of(T2, 7));
        assertThat(KeysetRequest.parse("/api/v1/things", null, cursor, PageLimits.STANDARD, "year", "2026")
                        .after())
                .isEqualTo(Position.of(T2, 7));

        String payload = cursor.substring(0, cursor.indexOf('.'));
        String check = cursor.substring(cursor.indexOf('.'));
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1\n1\n2026-02-01T10:00:00Z".getBytes(StandardCharsets.UTF_8));
        List<String> bad = List.of(
                forgedPayload + check, // another id with the old check
                cursor.substring(0, cursor.length() - 2), // cut short
                payload, // no check
                cursor + ".x", // extra part
                "not a cursor",
                "%%%.%%%",
                "x".repeat(600));
        for (String c : bad) {
            assertThatThrownBy(
                            () -> KeysetRequest.parse("/api/v1/things", null, c, PageLimits.STANDARD, "year", "2026"))
                    .as(c)
                    .isInstanceOfSatisfying(
                            InvalidPageRequestException.class,
                            e -> assertThat(e.parameter()).isEqualTo("cursor"));
        }
        // Right cursor, wrong list or other filters.
        assertThatThrownBy(
                        () -> KeysetRequest.parse("/api/v1/other", null, cursor, PageLimits.STANDARD, "year", "2026"))
                .isInstanceOf(InvalidPageRequestException.class);
        assertThatThrownBy(
                        () -> KeysetRequest.parse("/api/v1/things", null, cursor, PageLimits.STANDARD, "year", "2025"))
                .isInstanceOf(InvalidPageRequestException.class);
        assertThatThrownBy(() -> KeysetRequest.parse("/api/v1/things", null, cursor, PageLimits.STANDARD))
                .isInstanceOf(InvalidPageRequestException.class);
    }

    @Test
    void blankFiltersAreLeftOutAndTheOrderOfFiltersDoesNotMatter() {
        String cursor = KeysetRequest.parse(
                        "/api/v1/things", "1", null, PageLimits.STANDARD, "year", "2026", "status", "OPEN", "q", " ")
                .page(List.of(new Row(9, T1, "a"), new Row(7, T2, "b")), KeysetPagingTest::position)
                .nextCursor();
        KeysetRequest next = KeysetRequest.parse(
                "/api/v1/things", "1", cursor, PageLimits.STANDARD, "status", "OPEN", "q", null, "year", "2026");
        assertThat(next.after()).isEqualTo(Position.of(T1, 9));
        assertThat(next.filters())
                .containsExactly(java.util.Map.entry("status", "OPEN"), java.util.Map.entry("year", "2026"));
    }

    @Test
    void aKeyReadAsAnotherTypeIsABadCursorNotAServerError() {
        Position p = Position.of(T1, 9);
        assertThat(p.instantKey()).isEqualTo(T1);
        assertThatThrownBy(p::longKey).isInstanceOf(InvalidPageRequestException.class);
        assertThatThrownBy(p::dateKey).isInstanceOf(InvalidPageRequestException.class);
        assertThat(Position.of(java.time.LocalDate.of(2026, 5, 1), 3).dateKey())
                .isEqualTo(java.time.LocalDate.of(2026, 5, 1));
        assertThat(Position.of(42L, 3).longKey()).isEqualTo(42L);
    }

    @Test
    void keysWithAnyTextRoundTrip() {
        Position odd = new Position("Övertorneå.kommun/ä ö=&+", 12);
        assertThat(Cursors.decode("s", Cursors.encode("s", odd))).isEqualTo(odd);
        assertThat(Cursors.decode("s", Cursors.encode("s", Position.ofId(5)))).isEqualTo(new Position("", 5));
    }
}
