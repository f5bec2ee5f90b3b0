package se.bygdeportalen.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.OneOf;
import se.bygdeportalen.platform.validation.SingleLine;
import se.bygdeportalen.platform.web.TranslatableInput;
import se.bygdeportalen.site.internal.AccessibilityStatement;
import se.bygdeportalen.site.internal.AddAccessibilityIssue;

/** The staff forms of the accessibility statement: bound as text, checked with Bean Validation (ADR 0012). */
public final class AccessibilityForms {

    private AccessibilityForms() {}

    public record StatementForm(
            @NotBlank @OneOf(AccessibilityStatement.Compliance.class) @Nullable
            String compliance,

            @NotBlank @OneOf(AccessibilityStatement.Method.class) @Nullable
            String method,

            @NotBlank @IsoDate @Nullable String assessedOn,

            @NotBlank @Email @Size(max = 254) @SingleLine @Nullable
            String feedbackEmail,

            @Nullable Map<String, String> disproportionateBurden,
            @Nullable Map<String, String> outOfScope) {
        static final List<String> FIELDS = List.of(
                "compliance", "method", "assessedOn", "feedbackEmail", "disproportionateBurden[sv]", "outOfScope[sv]");

        static StatementForm of(AccessibilityStatement s) {
            return new StatementForm(
                    s.compliance().name(),
                    s.method().name(),
                    s.assessedOn().toString(),
                    s.feedbackEmail(),
                    TranslatableInput.values(s.disproportionateBurden()),
                    TranslatableInput.values(s.outOfScope()));
        }
    }

    public record IssueForm(
            @Nullable Map<String, String> description,

            @NotBlank @Size(max = 100) @Pattern(regexp = AddAccessibilityIssue.CRITERIA) @Nullable
            String wcagCriteria,

            @IsoDate @Nullable String plannedFix) {
        static final List<String> FIELDS = List.of("description[sv]", "wcagCriteria", "plannedFix");

        static IssueForm empty() {
            return new IssueForm(null, "", null);
        }
    }
}
