package se.bygdeportalen.proposals.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.PageLinks;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.proposals.internal.ProposalListItem;
import se.bygdeportalen.proposals.internal.ProposalListQuery;

/** Everything the list template shows. */
public record ProposalListView(
        ProposalListQuery query,
        List<ProposalListItem> items,
        CappedCount total,
        PageLinks pages,
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
}
