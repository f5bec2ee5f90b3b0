package se.bygdeportalen.proposals.web;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.proposals.internal.ProposalCategory;

/** The categories the public list filters on ({@link ProposalCategory}), labelled in each language. */
@Component
public class ProposalListCategories {

    private final Messages messages;

    ProposalListCategories(Messages messages) {
        this.messages = messages;
    }

    /** Slug → label in the language, alphabetical by label with "other" last. */
    public Map<String, String> labels(Lang lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        Collator collator = Collator.getInstance(lang.formatLocale());
        java.util.Arrays.stream(ProposalCategory.values())
                .sorted((a, b) -> a == ProposalCategory.OTHER
                        ? 1
                        : b == ProposalCategory.OTHER
                                ? -1
                                : collator.compare(
                                        messages.get(lang, a.messageKey()), messages.get(lang, b.messageKey())))
                .forEach(c -> labels.put(c.slug(), messages.get(lang, c.messageKey())));
        return labels;
    }

    public String label(Lang lang, String slug) {
        return ProposalCategory.fromSlug(slug)
                .map(c -> messages.get(lang, c.messageKey()))
                .orElse(slug);
    }
}
