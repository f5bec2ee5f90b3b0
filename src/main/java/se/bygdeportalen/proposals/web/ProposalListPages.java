package se.bygdeportalen.proposals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.proposals.internal.ProposalListQuery;
import se.bygdeportalen.proposals.internal.ProposalListRepository;

/**
 * The public list of citizen proposals: filters and search in a GET form that works without
 * JavaScript, newest first, 20 to a page. No session is needed, so anonymous readers get no cookie.
 * Paged by keyset ({@code after}/{@code before} cursors) with a capped count, so every page costs the
 * same however many proposals there are; an old {@code page} number still works within the first
 * {@link KeysetRequest#MAX_SKIP} proposals.
 */
@Controller
public class ProposalListPages {

    public static final int PAGE_SIZE = 20;

    private final ProposalListRepository repository;
    private final ProposalListCategories categories;
    private final Organisation organisation;
    private final Messages messages;

    ProposalListPages(
            ProposalListRepository repository,
            ProposalListCategories categories,
            Organisation organisation,
            Messages messages) {
        this.repository = repository;
        this.categories = categories;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag")
    public String list(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String village,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        Lang l = Lang.fromCode(lang).orElse(Lang.DEFAULT);
        List<Village> villages = organisation.villages();
        Map<String, TranslatableText> villageNames =
                villages.stream().collect(Collectors.toMap(Village::slug, Village::name, (a, b) -> a));
        Map<String, String> categoryLabels = categories.labels(l);
        ProposalListQuery query = ProposalListQuery.parse(
                status, category, year, village, q, sort, page, categoryLabels.keySet(), villageNames.keySet());
        KeysetRequest request = KeysetRequest.forPage(
                "/medborgarforslag",
                PAGE_SIZE,
                ProposalListRepository.order(query),
                after,
                before,
                page,
                "q",
                query.q(),
                "status",
                query.status(),
                "category",
                query.category(),
                "year",
                query.year() == null ? null : query.year().toString(),
                "village",
                query.village(),
                "sort",
                query.sort());
        ProposalListRepository.Page result = repository.page(query, request);
        List<Integer> years = repository.years();

        String base = "/" + l.code() + "/medborgarforslag";
        model.addAttribute(
                "view",
                new ProposalListView(
                        query,
                        result.items(),
                        result.total(),
                        result.page().links(query.url(base)),
                        statusOptions(l, query),
                        categoryOptions(l, query, categoryLabels),
                        yearOptions(l, query, years),
                        villageOptions(l, query, villages),
                        sortOptions(l, query),
                        villageNames,
                        categoryLabels));
        return "proposals/browse/list";
    }

    private List<Option> statusOptions(Lang l, ProposalListQuery query) {
        List<Option> options = new ArrayList<>();
        options.add(Option.of("", t(l, "proposalspublic.filter.allStatuses"), query.status() == null));
        for (String s : List.of("PUBLISHED", "REFERRED", "ANSWERED")) {
            options.add(Option.of(s, t(l, "proposalspublic.status." + s), s.equals(query.status())));
        }
        return options;
    }

    private List<Option> categoryOptions(Lang l, ProposalListQuery query, Map<String, String> labels) {
        List<Option> options = new ArrayList<>();
        options.add(Option.of("", t(l, "proposalspublic.filter.allCategories"), query.category() == null));
        labels.forEach((slug, label) -> options.add(Option.of(slug, label, slug.equals(query.category()))));
        return options;
    }

    private List<Option> yearOptions(Lang l, ProposalListQuery query, List<Integer> years) {
        List<Option> options = new ArrayList<>();
        options.add(Option.of("", t(l, "proposalspublic.filter.allYears"), query.year() == null));
        List<Integer> shown = new ArrayList<>(years);
        if (query.year() != null && !shown.contains(query.year())) {
            shown.add(query.year());
            shown.sort(java.util.Comparator.reverseOrder());
        }
        for (Integer y : shown) {
            options.add(Option.of(y.toString(), y.toString(), y.equals(query.year())));
        }
        return options;
    }

    private List<Option> villageOptions(Lang l, ProposalListQuery query, List<Village> villages) {
        List<Option> options = new ArrayList<>();
        options.add(Option.of("", t(l, "proposalspublic.filter.allVillages"), query.village() == null));
        for (Village v : villages) {
            options.add(Option.of(v.slug(), v.name().in(l).text(), v.slug().equals(query.village())));
        }
        return options;
    }

    private List<Option> sortOptions(Lang l, ProposalListQuery query) {
        List<Option> options = new ArrayList<>();
        if (query.search().isPresent()) {
            options.add(
                    Option.of("relevance", t(l, "proposalspublic.sort.relevance"), "relevance".equals(query.sort())));
        }
        options.add(Option.of("newest", t(l, "proposalspublic.sort.newest"), "newest".equals(query.sort())));
        options.add(Option.of("supports", t(l, "proposalspublic.sort.supports"), "supports".equals(query.sort())));
        return options;
    }

    private String t(Lang l, String key) {
        return messages.get(l, key);
    }
}
