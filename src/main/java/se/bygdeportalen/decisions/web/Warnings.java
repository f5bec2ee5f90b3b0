package se.bygdeportalen.decisions.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Warning;

/** The time-limit warnings of a result in the reader's language, with the last allowed day written out. */
@Component
class Warnings {

    private final Messages messages;

    Warnings(Messages messages) {
        this.messages = messages;
    }

    List<String> texts(@Nullable Result result, Lang lang) {
        if (!(result instanceof Result.NeedsConfirmation confirmation)) {
            return List.of();
        }
        DateFormats f = new DateFormats(lang);
        return confirmation.warnings().stream().map(w -> text(w, f, lang)).toList();
    }

    private String text(Warning warning, DateFormats f, Lang lang) {
        Object[] args = warning.args().stream()
                .map(a -> a instanceof LocalDate d ? f.date(d) : a)
                .toArray();
        return messages.get(lang, warning.messageKey(), args);
    }
}
