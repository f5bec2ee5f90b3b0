package se.bygdeportalen.platform.manifest;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.Lang;

/**
 * A short, current list a module shows on the start page, such as "Upcoming meetings" or "New
 * citizen proposals". A module offers one by declaring a bean; the start page shows them by
 * {@link #order()}, each with a link to the module's full list. {@link #items} runs one query.
 */
public interface HomeTeaser {

    int order();

    /** Message key of the heading. */
    String titleKey();

    /** Path after the language prefix of the full list, e.g. {@code "/sammantraden"}. */
    String morePath();

    /** Message key of the link to the full list. */
    String moreKey();

    /** At most five items, newest or soonest first, with texts in the given language. */
    List<Item> items(Lang lang);

    /**
     * @param title     the item's title
     * @param titleLang the title's language code when it differs from the page's (a proposal written in Finnish), else null
     * @param path      path after the language prefix
     * @param meta      one short line under the title (a date, a body), already in the page's language
     */
    record Item(String title, @Nullable String titleLang, String path, String meta) {}
}
