package se.bygdeportalen.platform.casenumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a case number is written, from configuration: a pattern with the placeholders {@code {series}},
 * {@code {year}} and {@code {number}}, where {@code {number:4}} pads the number with zeros to four
 * digits. {@code {number}} is required, so two case numbers never read the same.
 */
public record CaseNumberFormat(String pattern) {

    // Before STANDARD: the constructor of STANDARD needs it.
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(series|year|number)(?::(\\d))?}");

    /** The diarium's usual form, e.g. {@code KS 2026/17}. */
    public static final CaseNumberFormat STANDARD = new CaseNumberFormat("{series} {year}/{number}");

    public CaseNumberFormat {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("A case-number format must not be empty");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        int numbers = 0;
        while (m.find()) {
            if (m.group(1).equals("number")) {
                numbers++;
            } else if (m.group(2) != null) {
                throw new IllegalArgumentException("Only {number} takes a width: " + pattern);
            }
        }
        if (numbers != 1) {
            throw new IllegalArgumentException("A case-number format needs {number} exactly once: " + pattern);
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("Unknown placeholder in case-number format: " + pattern);
        }
    }

    public String format(CaseNumber caseNumber) {
        return PLACEHOLDER
                .matcher(pattern)
                .replaceAll(m -> Matcher.quoteReplacement(
                        switch (m.group(1)) {
                            case "series" -> caseNumber.series();
                            case "year" -> Integer.toString(caseNumber.year());
                            default ->
                                m.group(2) == null
                                        ? Integer.toString(caseNumber.number())
                                        : String.format("%0" + m.group(2) + "d", caseNumber.number());
                        }));
    }
}
