package se.bygdeportalen.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The staff forms of the accessibility statement. */
public final class AccessibilityForms {

    private AccessibilityForms() {
    }

    public record StatementForm(@NotNull AccessibilityStatement.Compliance compliance,
                                @NotNull AccessibilityStatement.Method method,
                                @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
                                @NotBlank @Email @Size(max = 254) String feedbackEmail,
                                Map<String, String> disproportionateBurden,
                                Map<String, String> outOfScope) {
        static final List<String> FIELDS = List.of("compliance", "method", "assessedOn", "feedbackEmail",
                "disproportionateBurden[sv]", "outOfScope[sv]");
    }

    public record IssueForm(Map<String, String> description,
                            @NotBlank @Size(max = 100) @Pattern(regexp = "\\s*\\d\\.\\d{1,2}\\.\\d{1,2}(\\s*,\\s*\\d\\.\\d{1,2}\\.\\d{1,2})*\\s*") String wcagCriteria,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedFix) {
        static final List<String> FIELDS = List.of("description[sv]", "wcagCriteria", "plannedFix");
    }
}
