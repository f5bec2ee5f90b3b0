package se.bygdeportalen.site.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * The accessibility statement. Together with the municipality's name, the site's address and the
 * link to Digg's report function it holds the eleven elements Digg requires.
 */
public record AccessibilityStatement(
        Compliance compliance,
        Method method,
        LocalDate assessedOn,
        LocalDate updatedOn,
        String feedbackEmail,
        @Nullable TranslatableText disproportionateBurden,
        @Nullable TranslatableText outOfScope,
        List<Issue> issues) {

    public enum Compliance {
        FULL,
        PARTIAL,
        NONE
    }

    public enum Method {
        SELF_ASSESSMENT,
        EXTERNAL_AUDIT
    }

    /** A known accessibility problem, with the WCAG success criteria it fails and when it will be fixed. */
    public record Issue(
            long id,
            TranslatableText description,
            String wcagCriteria,
            @Nullable LocalDate plannedFix) {}

    /** Digg's report function for accessibility problems in public digital services. */
    public static final String DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";
}
