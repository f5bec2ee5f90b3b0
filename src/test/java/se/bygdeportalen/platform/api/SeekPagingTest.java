package se.bygdeportalen.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Keyset paging of HTML lists: seek SQL, both directions, lenient parameters and capped counts. */
class SeekPagingTest {

    private static final SeekOrder NEWEST =
            SeekOrder.descending("p.id", SeekOrder.key("p.published_at", SeekOrder.Type.INSTANT));
    private static final SeekOrder BY_DATE = SeekOrder.ascending(
            "id", SeekOrder.key("day", SeekOrder.Type.DATE), SeekOrder.key("n", SeekOrder.Type.LONG));

    private static Keyed<String> row(String name, int minute, long id) {
        return new Keyed<>(
                name, Position.of(Instant.parse("2026-03-01T10:00:00Z").minusSeconds(60L * minute), id));
    }

    @Test
    void theSeekConditionContinuesAfterThePositionInTheRequestsDirection() {
        KeysetRequest first = KeysetRequest.forPage("/lista", 2, NEWEST, null, null, null);
        Map<String, Object> params = new HashMap<>();
        assertThat(NEWEST.condition(first, params)).isEqualTo("true");
        assertThat(params).isEmpty();
        assertThat(NEWEST.orderBy(first)).isEqualTo("p.published_at DESC, p.id DESC");
        assertThat(NEWEST.columns()).isEqualTo("p.published_at AS seek_k0, p.id AS seek_id");

        KeysetPage<String> page = first.pageOf(List.of(row("a", 1, 9), row("b", 2, 7), row("c", 3, 4)));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.previousCursor()).isNull();

        KeysetRequest second = KeysetRequest.forPage("/lista", 2, NEWEST, page.nextCursor(), null, null);
        assertThat(NEWEST.condition(second, params)).isEqualTo("(p.published_at, p.id) < (:seek_k0, :seek_id)");
        assertThat(params)
                .containsEntry("seek_k0", OffsetDateTime.parse("2026-03-01T09:58:00Z"))
                .containsEntry("seek_id", 7L);

        KeysetPage<String> secondPage = second.pageOf(List.of(row("c", 3, 4)));
        assertThat(secondPage.nextCursor()).isNull();
        KeysetRequest back = KeysetRequest.forPage("/lista", 2, NEWEST, null, secondPage.previousCursor(), null);
        assertThat(back.backward()).isTrue();
        assertThat(NEWEST.condition(back, new HashMap<>())).contains(" > ");
        assertThat(NEWEST.orderBy(back)).isEqualTo("p.published_at, p.id");
        // Fetched going back, nearest first: the page shows them in the list's order again.
        KeysetPage<String> backPage = back.pageOf(List.of(row("b", 2, 7), row("a", 1, 9)));
        assertThat(backPage.items()).containsExactly("a", "b");
        assertThat(backPage.previousCursor()).as("nothing before a").isNull();
        assertThat(backPage.nextCursor()).isNotNull();
    }

    @Test
    void anAscendingOrderOfSeveralKeysReadsItsPositionBack() {
        KeysetRequest request =
                new KeysetRequest("/x", new TreeMap<>(), 5, new Position("2026-05-01\u001f12", 3), false, 0);
        Map<String, Object> params = new HashMap<>();
        assertThat(BY_DATE.condition(request, params)).isEqualTo("(day, n, id) > (:seek_k0, :seek_k1, :seek_id)");
        assertThat(params).containsEntry("seek_k0", LocalDate.of(2026, 5, 1)).containsEntry("seek_k1", 12L);
    }

    @Test
    void aForgedPositionIsRefusedBeforeItReachesSql() {
        for (String key :
                new String[] {"not a date\u001f1", "2026-05-01", "2026-05-01\u001fx", "2026-05-01\u001f1\u001f2"}) {
            KeysetRequest request = new KeysetRequest("/x", new TreeMap<>(), 5, new Position(key, 3), false, 0);
            assertThatThrownBy(() -> BY_DATE.condition(request, new HashMap<>()))
                    .as(key)
                    .isInstanceOf(InvalidPageRequestException.class);
            assertThat(BY_DATE.accepts(request.after())).isFalse();
        }
    }

    @Test
    void pageParametersAreLenientOldPageNumbersSkipWithinReachAndCursorsBelongToTheirFilters() {
        String cursor = KeysetRequest.forPage("/lista", 20, NEWEST, null, null, null, "q", "bad")
                .pageOf(List.of(row("a", 1, 9), row("b", 2, 8)).subList(0, 1))
                .nextCursor();
        assertThat(cursor).as("one row, no next page").isNull();

        KeysetRequest filtered = KeysetRequest.forPage("/lista", 1, NEWEST, null, null, null, "q", "bad");
        String next = filtered.pageOf(List.of(row("a", 1, 9), row("b", 2, 8))).nextCursor();
        assertThat(KeysetRequest.forPage("/lista", 1, NEWEST, next, null, null, "q", "bad")
                        .after())
                .isNotNull();
        assertThat(KeysetRequest.forPage("/lista", 1, NEWEST, next, null, null, "q", "other")
                        .firstPage())
                .as("a cursor of other filters gives the first page")
                .isTrue();
        assertThat(KeysetRequest.forPage("/lista", 1, BY_DATE, next, null, null, "q", "bad")
                        .firstPage())
                .as("a cursor of another order gives the first page")
                .isTrue();
        assertThat(KeysetRequest.forPage("/lista", 20, NEWEST, "garbage", null, null)
                        .firstPage())
                .isTrue();

        assertThat(KeysetRequest.forPage("/lista", 20, NEWEST, null, null, "3").skip())
                .isEqualTo(40);
        assertThat(KeysetRequest.forPage("/lista", 20, NEWEST, null, null, "51").skip())
                .isEqualTo(1000);
        assertThat(KeysetRequest.forPage("/lista", 20, NEWEST, null, null, "52").skip())
                .isZero();
        assertThat(KeysetRequest.forPage("/lista", 20, NEWEST, null, null, "-2").skip())
                .isZero();
        KeysetRequest third = KeysetRequest.forPage("/lista", 2, NEWEST, null, null, "3");
        KeysetPage<String> page = third.pageOf(List.of(row("e", 5, 5)));
        assertThat(page.previousCursor()).as("a skipped-to page links back").isNotNull();
        assertThat(page.links("/sv/lista?q=x").previous()).startsWith("/sv/lista?q=x&before=");
        assertThat(page.links("/sv/lista").first()).isEqualTo("/sv/lista");
    }

    @Test
    void aCountStopsAtTheCap() {
        assertThat(CappedCount.of(57)).isEqualTo(new CappedCount(57, false));
        assertThat(CappedCount.of(1000)).isEqualTo(new CappedCount(1000, false));
        assertThat(CappedCount.of(1001)).isEqualTo(new CappedCount(1000, true));
        assertThat(CappedCount.sql("proposal p WHERE x"))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 FROM proposal p WHERE x LIMIT 1001) capped");
        assertThatThrownBy(() -> new CappedCount(5, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
