package se.bygdeportalen.site;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The staff forms of the accessibility statement; typed values are read by the use cases. */
public final class AccessibilityForms {

    private AccessibilityForms() {
    }

    public record StatementForm(String compliance, String method, String assessedOn,
                                @NotBlank @Email @Size(max = 254) String feedbackEmail,
                                Map<String, String> disproportionateBurden,
                                Map<String, String> outOfScope) {
        static final List<String> FIELDS = List.of("compliance", "method", "assessedOn", "feedbackEmail",
                "disproportionateBurden[sv]", "outOfScope[sv]");

        static StatementForm of(AccessibilityStatement s) {
            return new StatementForm(s.compliance().name(), s.method().name(), s.assessedOn().toString(), s.feedbackEmail(),
                    se.bygdeportalen.platform.web.TranslatableInput.values(s.disproportionateBurden()),
                    se.bygdeportalen.platform.web.TranslatableInput.values(s.outOfScope()));
        }
    }

    public record IssueForm(Map<String, String> description,
                            @NotBlank @Size(max = 100) @Pattern(regexp = "\\s*\\d\\.\\d{1,2}\\.\\d{1,2}(\\s*,\\s*\\d\\.\\d{1,2}\\.\\d{1,2})*\\s*") String wcagCriteria,
                            String plannedFix) {
        static final List<String> FIELDS = List.of("description[sv]", "wcagCriteria", "plannedFix");

        static IssueForm empty() {
            return new IssueForm(null, "", null);
        }
    }
}
