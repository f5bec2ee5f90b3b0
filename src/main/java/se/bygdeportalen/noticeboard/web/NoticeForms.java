package se.bygdeportalen.noticeboard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.SingleLine;

/** Staff forms of the notice board: bound as text, checked with Bean Validation (ADR 0012). */
public final class NoticeForms {

    /** A page of the site after the language prefix, or nothing. */
    static final String PATH = "\\s*(/[a-z0-9][a-z0-9/._?=&%-]{0,300})?\\s*";

    private NoticeForms() {}

    public record OtherNoticeForm(
            @Nullable Map<String, String> title,
            @Nullable Map<String, String> summary,

            @SingleLine @Pattern(regexp = "[a-z0-9-]{0,60}") @Nullable
            String bodySlug,

            @NotBlank @IsoDate @Nullable String postedOn,
            @NotBlank @IsoDate @Nullable String lastDay,
            @SingleLine @Pattern(regexp = PATH) @Nullable String path) {
        static final List<String> FIELDS =
                List.of("title[sv]", "summary[sv]", "bodySlug", "postedOn", "lastDay", "path");

        static OtherNoticeForm empty(String today) {
            return new OtherNoticeForm(null, null, "", today, "", "");
        }
    }

    /** The reason is checked by the use case, which also refuses a notice already withdrawn. */
    public record WithdrawForm(@Nullable String reason) {
        static final List<String> FIELDS = List.of("reason");
    }
}
