package se.bygdeportalen.proposals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.proposals.internal.ProposalCategory;

/** Choices and names the proposal templates need, each loaded with one query. */
@Component
public class ProposalViews {

    private final Organisation organisation;
    private final Messages messages;

    ProposalViews(Organisation organisation, Messages messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    public List<Option> languages(Lang ui, @Nullable String selected) {
        return Lang.all().stream()
                .map(l -> Option.of(
                        l.code(),
                        messages.get(l, "language.name." + l.code()),
                        l.code().equals(selected)))
                .toList();
    }

    public List<Option> categories(Lang ui, @Nullable String selected) {
        List<Option> list = new ArrayList<>();
        list.add(Option.of(
                "", messages.get(ui, "proposals.form.category.none"), selected == null || selected.isBlank()));
        for (ProposalCategory c : ProposalCategory.values()) {
            list.add(Option.of(
                    c.slug(), messages.get(ui, c.messageKey()), c.slug().equals(selected)));
        }
        return list;
    }

    public List<Option> villages(Lang ui, @Nullable String selected) {
        List<Option> list = new ArrayList<>();
        list.add(
                Option.of("", messages.get(ui, "proposals.form.village.none"), selected == null || selected.isBlank()));
        for (Village v : organisation.villages()) {
            list.add(Option.of(v.slug(), v.name().in(ui).text(), v.slug().equals(selected)));
        }
        return list;
    }

    /** Bodies that may decide a proposal (not working groups). */
    public List<Option> bodies(Lang ui, @Nullable String selected) {
        return organisation.bodies().stream()
                .filter(b -> b.kind() != Body.Kind.WORKING_GROUP)
                .map(b -> Option.of(b.slug(), b.name().in(ui).text(), b.slug().equals(selected)))
                .toList();
    }

    public Map<String, String> bodyNames(Lang ui) {
        return organisation.bodies().stream()
                .collect(Collectors.toMap(Body::slug, b -> b.name().in(ui).text()));
    }

    public Map<String, String> villageNames(Lang ui) {
        return organisation.villages().stream()
                .collect(Collectors.toMap(Village::slug, v -> v.name().in(ui).text(), (a, b) -> a));
    }

    public static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        return items.stream().collect(Collectors.toMap(slug, Function.identity()));
    }
}
