package se.bygdeportalen.platform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.SearchableContent;

/**
 * The site search's results page, {@code /{lang}/sok?q=...}: every module's declared content, grouped
 * by kind in the order the manifests give, the visitor's language first. A plain GET form, so it
 * works without JavaScript. {@code typ} narrows to one kind and shows more of it.
 */
@Controller
public class SiteSearchPages {

    static final int PER_KIND = 5;
    static final int ONE_KIND = 50;
    /** Rows ranked per kind at most: enough for the five shown, and for fifty when one kind is chosen. */
    static final int CANDIDATES_PER_KIND = 60;

    static final int CANDIDATES_ONE_KIND = TextSearch.RANKED;

    /** One group of results; {@code moreHref} is set when the kind has more results than shown. */
    public record Group(
            String kind,
            String nameKey,
            List<SearchIndex.Hit> hits,
            @Nullable String moreHref) {}

    private final SearchIndex index;
    private final ModuleRegistry modules;

    SiteSearchPages(SearchIndex index, ModuleRegistry modules) {
        this.index = index;
        this.modules = modules;
    }

    @GetMapping("/" + Lang.PATH + "/sok")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String typ,
            Model model) {
        Lang l = Lang.fromCode(lang).orElseThrow();
        Optional<String> query = TextSearch.normalize(q);
        List<SearchableContent> kinds = modules.searchableContent();
        // An unknown kind is not an error: the visitor sees every kind instead.
        SearchableContent only =
                kinds.stream().filter(k -> k.kind().equals(typ)).findFirst().orElse(null);
        List<Group> groups = new ArrayList<>();
        if (query.isPresent()) {
            int limit = only == null ? PER_KIND : ONE_KIND;
            Map<String, List<SearchIndex.Hit>> byKind = index
                    .search(
                            query.get(),
                            l,
                            only == null
                                    ? kinds.stream()
                                            .map(SearchableContent::kind)
                                            .toList()
                                    : List.of(only.kind()),
                            limit,
                            only == null ? CANDIDATES_PER_KIND : CANDIDATES_ONE_KIND)
                    .stream()
                    .collect(Collectors.groupingBy(SearchIndex.Hit::kind));
            for (SearchableContent kind : kinds) {
                List<SearchIndex.Hit> hits = byKind.getOrDefault(kind.kind(), List.of());
                if (hits.isEmpty()) {
                    continue;
                }
                String more = hits.size() > limit && only == null
                        ? UriComponentsBuilder.fromPath("/" + l.code() + "/sok")
                                .queryParam("q", query.get())
                                .queryParam("typ", kind.kind())
                                .encode()
                                .build()
                                .toUriString()
                        : null;
                groups.add(new Group(kind.kind(), kind.nameKey(), hits.subList(0, Math.min(limit, hits.size())), more));
            }
        }
        model.addAttribute("q", query.orElse(""));
        model.addAttribute("searched", query.isPresent());
        model.addAttribute("only", only);
        model.addAttribute("groups", groups);
        model.addAttribute(
                "allHref",
                query.map(text -> UriComponentsBuilder.fromPath("/" + l.code() + "/sok")
                                .queryParam("q", text)
                                .encode()
                                .build()
                                .toUriString())
                        .orElse(null));
        return "search/results";
    }
}
