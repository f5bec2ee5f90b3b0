package se.bygdeportalen.proposals.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.platform.web.Pagination;
import se.bygdeportalen.proposals.internal.ProposalListItem;
import se.bygdeportalen.proposals.internal.ProposalListQuery;

/** Everything the list template shows. */
public record ProposalListView(
        ProposalListQuery query,
        List<ProposalListItem> items,
        long total,
        Pagination pagination,
        List<Option> statusOptions,
        List<Option> categoryOptions,
        List<Option> yearOptions,
        List<Option> villageOptions,
        List<Option> sortOptions,
        Map<String, TranslatableText> villageNames,
        Map<String, String> categoryLabels) {

    public @Nullable TranslatableText village(@Nullable String slug) {
        return slug == null ? null : villageNames.get(slug);
    }

    public @Nullable String category(@Nullable String slug) {
        return slug == null ? null : categoryLabels.getOrDefault(slug, slug);
    }

    /** "Showing 21–40 of 57". */
    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (pagination.page() - 1) * ProposalListPages.PAGE_SIZE + 1;
    }

    public long lastShown() {
        return items.isEmpty() ? 0 : firstShown() + items.size() - 1;
    }
}
