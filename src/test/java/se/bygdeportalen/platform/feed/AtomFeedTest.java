package se.bygdeportalen.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-01T10:00:00Z");

    private AtomFeed feed() {
        return AtomFeed.builder("https://example.se/sv/nyheter.atom", "Nyheter – Övertorneå kommun", "sv")
                .subtitle("Det senaste från kommunen")
                .alternate("https://example.se/sv/nyheter")
                .author("Övertorneå kommun")
                .entry(new AtomFeed.Item(
                        "https://example.se/sv/nyheter/1",
                        "Isbanan öppnar",
                        null,
                        "Isbanan i Juoksengi öppnar på lördag.",
                        "https://example.se/sv/nyheter/1",
                        T1,
                        T1,
                        null,
                        List.of("Fritid")))
                .entry(new AtomFeed.Item(
                        "https://example.se/sv/nyheter/2",
                        "Valaistus kävelytielle",
                        "fi",
                        "Kävelytie saa valot.",
                        "https://example.se/sv/nyheter/2",
                        T2,
                        T2,
                        "Aino Niemi",
                        List.of()));
    }

    @Test
    void writesAValidAtomFeedThatRomeReadsBack() throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed().toXml()));

        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getTitle()).isEqualTo("Nyheter – Övertorneå kommun");
        assertThat(parsed.getUri()).isEqualTo("https://example.se/sv/nyheter.atom");
        assertThat(parsed.getPublishedDate().toInstant())
                .as("feed updated = newest entry")
                .isEqualTo(T2);
        List<SyndEntry> entries = parsed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).containsExactly("Isbanan öppnar", "Valaistus kävelytielle");
        assertThat(entries.get(0).getLink()).isEqualTo("https://example.se/sv/nyheter/1");
        assertThat(entries.get(0).getCategories()).extracting(c -> c.getName()).containsExactly("Fritid");
        assertThat(entries.get(1).getAuthor()).isEqualTo("Aino Niemi");
    }

    @Test
    void marksFeedAndEntryLanguagesAndTheSelfLink() {
        Document xml = Jsoup.parse(feed().toXml(), "", Parser.xmlParser());

        assertThat(xml.selectFirst("feed").attr("xml:lang")).isEqualTo("sv");
        assertThat(xml.select("feed > link[rel=alternate]").attr("href")).isEqualTo("https://example.se/sv/nyheter");
        assertThat(xml.select("feed > link[rel=self]").attr("href")).isEqualTo("https://example.se/sv/nyheter.atom");
        assertThat(xml.select("feed > link[rel=self]").attr("type")).isEqualTo("application/atom+xml");
        assertThat(xml.select("entry").get(0).hasAttr("xml:lang"))
                .as("same language as the feed")
                .isFalse();
        assertThat(xml.select("entry").get(1).attr("xml:lang")).isEqualTo("fi");
        assertThat(xml.select("entry > id").eachText())
                .containsExactly("https://example.se/sv/nyheter/1", "https://example.se/sv/nyheter/2");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        String xml = AtomFeed.builder("https://example.se/fi/tyhja.atom", "Tyhjä", "fi")
                .author("Ylitornion kunta")
                .toXml();
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(parsed.getEntries()).isEmpty();
        assertThat(parsed.getPublishedDate().toInstant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void escapesMarkupInTexts() {
        String xml = AtomFeed.builder("https://example.se/sv/x.atom", "A & B <script>", "sv")
                .entry(new AtomFeed.Item(
                        "https://example.se/sv/x/1",
                        "<b>fet</b>",
                        null,
                        "1 < 2 & \"citat\"",
                        "https://example.se/sv/x/1",
                        T1,
                        T1,
                        null,
                        null))
                .toXml();
        assertThat(xml)
                .contains("A &amp; B &lt;script&gt;", "&lt;b&gt;fet&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void refusesRelativeLinks() {
        assertThatThrownBy(() -> AtomFeed.builder("/sv/x.atom", "X", "sv"))
                .isInstanceOf(IllegalArgumentException.class);
        AtomFeed feed = AtomFeed.builder("https://example.se/sv/x.atom", "X", "sv");
        assertThatThrownBy(() -> feed.entry(new AtomFeed.Item("urn:x", "T", null, null, "/sv/x/1", T1, T1, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
