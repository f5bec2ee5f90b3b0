package se.bygdeportalen.platform.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

/**
 * A small Atom 1.0 feed builder for every module (news, proposals, decisions …). All links must be
 * absolute (use {@code bygdeportalen.base-url}); ids are stable URIs, so a reader never shows an
 * entry twice. Each entry may carry its own {@code xml:lang} when its text is in another language
 * than the feed (content falls back to Swedish).
 *
 * <pre>{@code
 * byte[] xml = AtomFeed.builder(selfUrl, "Medborgarförslag – Övertorneå", "sv")
 *         .alternate(listUrl).updated(latest)
 *         .entry(new AtomFeed.Item(url, title, "sv", summary, url, published, updated, null, List.of("Trafik")))
 *         .toBytes();
 * }</pre>
 */
public final class AtomFeed {

    private static final Namespace XML = Namespace.XML_NAMESPACE;

    /**
     * One entry.
     *
     * @param id        a stable absolute URI (usually the entry's page URL)
     * @param titleLang language of the title and summary, or null when the feed's language
     * @param summary   plain text, may be null
     * @param author    a name that may be published, or null
     */
    public record Item(
            String id,
            String title,
            @Nullable String titleLang,
            @Nullable String summary,
            String link,
            @Nullable Instant published,
            Instant updated,
            @Nullable String author,
            List<String> categories) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(updated, "updated");
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    private final String selfUrl;
    private final String title;
    private final String lang;
    private @Nullable String subtitle;
    private @Nullable String alternateUrl;
    private @Nullable String authorName;
    private @Nullable String rights;
    private @Nullable Instant updated;
    private final List<Item> items = new ArrayList<>();

    private AtomFeed(String selfUrl, String title, String lang) {
        this.selfUrl = requireAbsolute(selfUrl);
        this.title = Objects.requireNonNull(title);
        this.lang = Objects.requireNonNull(lang);
    }

    /** A feed whose id and {@code rel="self"} link is {@code selfUrl}, in language {@code lang}. */
    public static AtomFeed builder(String selfUrl, String title, String lang) {
        return new AtomFeed(selfUrl, title, lang);
    }

    public AtomFeed subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    /** The HTML page the feed mirrors ({@code rel="alternate"}). */
    public AtomFeed alternate(String url) {
        this.alternateUrl = requireAbsolute(url);
        return this;
    }

    /** The feed's author (Atom requires one for the feed or every entry): usually the municipality. */
    public AtomFeed author(String name) {
        this.authorName = name;
        return this;
    }

    public AtomFeed rights(String text) {
        this.rights = text;
        return this;
    }

    /** When the feed last changed; defaults to the newest entry, or the epoch for an empty feed. */
    public AtomFeed updated(Instant when) {
        this.updated = when;
        return this;
    }

    public AtomFeed entry(Item item) {
        requireAbsolute(item.link());
        items.add(item);
        return this;
    }

    public AtomFeed entries(List<Item> list) {
        list.forEach(this::entry);
        return this;
    }

    /** The feed as UTF-8 XML. */
    public byte[] toBytes() {
        return toXml().getBytes(StandardCharsets.UTF_8);
    }

    public String toXml() {
        Feed feed = new Feed("atom_1.0");
        feed.setId(selfUrl);
        feed.setTitle(title);
        feed.setLanguage(lang);
        if (subtitle != null) {
            feed.setSubtitle(text(subtitle));
        }
        if (rights != null) {
            feed.setRights(rights);
        }
        if (alternateUrl != null) {
            feed.setAlternateLinks(List.of(link("alternate", alternateUrl, "text/html")));
        }
        feed.setOtherLinks(List.of(link("self", selfUrl, "application/atom+xml")));
        if (authorName != null) {
            feed.setAuthors(List.of(person(authorName)));
        }
        Instant newest =
                items.stream().map(Item::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setUpdated(Date.from(updated != null ? updated : newest));

        List<Entry> entries = new ArrayList<>(items.size());
        for (Item item : items) {
            Entry entry = new Entry();
            entry.setId(item.id());
            entry.setTitleEx(text(item.title()));
            entry.setAlternateLinks(List.of(link("alternate", item.link(), "text/html")));
            entry.setUpdated(Date.from(item.updated()));
            if (item.published() != null) {
                entry.setPublished(Date.from(item.published()));
            }
            if (item.summary() != null && !item.summary().isBlank()) {
                entry.setSummary(text(item.summary()));
            }
            if (item.author() != null) {
                entry.setAuthors(List.of(person(item.author())));
            }
            List<Category> categories = new ArrayList<>();
            for (String c : item.categories()) {
                Category category = new Category();
                category.setTerm(c);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);

        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            markEntryLanguages(document);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write Atom feed " + selfUrl, e);
        }
    }

    /** Rome writes no language for Atom; Atom allows xml:lang on any element, so add it to the feed and to entries. */
    private void markEntryLanguages(Document document) {
        Element root = document.getRootElement();
        root.setAttribute("lang", lang, XML);
        List<Element> entryElements = root.getChildren("entry", root.getNamespace());
        for (int i = 0; i < entryElements.size() && i < items.size(); i++) {
            String entryLang = items.get(i).titleLang();
            if (entryLang != null && !entryLang.equals(lang)) {
                entryElements.get(i).setAttribute("lang", entryLang, XML);
            }
        }
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static String requireAbsolute(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("Atom links must be absolute: " + url);
        }
        return url;
    }
}
