package se.bygdeportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page links: the page is clamped, gaps are shown as one ellipsis, and links keep the list's filters. */
class PaginationTest {

    /** The items as text: page numbers, "…" for a gap, the current page in brackets. */
    private static String shown(Pagination pagination) {
        return String.join(
                " ",
                pagination.items().stream()
                        .map(i -> i.gap() ? "…" : i.current() ? "[" + i.number() + "]" : String.valueOf(i.number()))
                        .toList());
    }

    @ParameterizedTest(name = "page {0} of {1} -> {2}")
    @CsvSource({
        "1, 5, 1",
        "5, 5, 5",
        "3, 5, 3",
        "0, 5, 1",
        "-7, 5, 1",
        "6, 5, 5",
        "2147483647, 5, 5",
        "1, 0, 1",
        "4, 0, 1",
        "1, -3, 1"
    })
    void thePageIsClampedToTheExistingPages(int page, int totalPages, int expected) {
        Pagination pagination = new Pagination(page, totalPages, "/lista");
        assertThat(pagination.page()).isEqualTo(expected);
        assertThat(pagination.totalPages()).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{1} items by {2} -> {3} pages")
    @CsvSource({
        "0, 0, 20, 1",
        "1, 1, 20, 1",
        "1, 20, 20, 1",
        "1, 21, 20, 2",
        "1, 40, 20, 2",
        "1, 41, 20, 3",
        "9, 41, 20, 3"
    })
    void pagesFromItems(int page, long items, int size, int pages) {
        Pagination pagination = Pagination.of(page, items, size, "/lista");
        assertThat(pagination.totalPages()).isEqualTo(pages);
        assertThat(pagination.page()).isBetween(1, pages);
        assertThat(pagination.needed()).isEqualTo(pages > 1);
    }

    @Test
    void previousAndNext() {
        assertThat(new Pagination(1, 3, "/l").hasPrevious()).isFalse();
        assertThat(new Pagination(1, 3, "/l").hasNext()).isTrue();
        assertThat(new Pagination(2, 3, "/l").hasPrevious()).isTrue();
        assertThat(new Pagination(3, 3, "/l").hasNext()).isFalse();
        assertThat(new Pagination(1, 1, "/l").hasPrevious()).isFalse();
        assertThat(new Pagination(1, 1, "/l").hasNext()).isFalse();
    }

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 1  | [1]
            2  | 3  | 1 [2] 3
            1  | 7  | [1] 2 3 … 7
            4  | 7  | 1 2 3 [4] 5 6 7
            6  | 12 | 1 … 4 5 [6] 7 8 … 12
            12 | 12 | 1 … 10 11 [12]
            4  | 12 | 1 2 3 [4] 5 6 … 12
            9  | 12 | 1 … 7 8 [9] 10 11 12
            50 | 99 | 1 … 48 49 [50] 51 52 … 99
            """)
    void firstLastAndTwoAroundTheCurrentWithGaps(int page, int total, String expected) {
        assertThat(shown(new Pagination(page, total, "/lista"))).isEqualTo(expected);
    }

    @Test
    void exactlyOneItemIsCurrentAndGapsHaveNoLink() {
        List<Pagination.Item> items = new Pagination(6, 12, "/lista").items();
        assertThat(items)
                .filteredOn(Pagination.Item::current)
                .extracting(Pagination.Item::number)
                .containsExactly(6);
        assertThat(items).filteredOn(Pagination.Item::gap).hasSize(2).allSatisfy(gap -> {
            assertThat(gap.href()).isNull();
            assertThat(gap.current()).isFalse();
        });
        assertThat(items)
                .filteredOn(i -> !i.gap())
                .allSatisfy(i -> assertThat(i.href()).isEqualTo("/lista?page=" + i.number()));
    }

    @Test
    void linksKeepTheOtherQueryParameters() {
        Pagination pagination = new Pagination(
                2, 5, "/admin/granskningslogg?action=site.accessibility.updated&actor=anna&from=2026-01-01");
        String href = pagination.href(3);
        assertThat(href)
                .startsWith("/admin/granskningslogg?")
                .contains("action=site.accessibility.updated", "actor=anna", "from=2026-01-01", "page=3");
        assertThat(pagination.items())
                .extracting(Pagination.Item::href)
                .filteredOn(h -> h != null)
                .allSatisfy(h -> assertThat(h).contains("action=site.accessibility.updated", "actor=anna"));
    }

    @Test
    void anExistingPageParameterIsReplacedNotRepeated() {
        Pagination pagination = new Pagination(2, 5, "/lista?page=2&q=sn%C3%B6");
        String href = pagination.href(4);
        assertThat(href).contains("page=4").doesNotContain("page=2");
        assertThat(href.split("page=", -1)).hasSize(2);
        assertThat(href).contains("q=sn%C3%B6");
    }

    @Test
    void encodedFilterValuesStayEncoded() {
        Pagination pagination = new Pagination(1, 5, "/sok?q=%C3%A5r%20och%20dag&typ=a%26b");
        assertThat(pagination.href(2)).isEqualTo("/sok?q=%C3%A5r%20och%20dag&typ=a%26b&page=2");
    }
}
