package se.bygdeportalen.platform.casenumber;

/**
 * One case number (diarienummer) as handed out: its series, year and running number. Store the three
 * parts (they sort and look up better than text) and show {@link #format(CaseNumberFormat)}.
 *
 * @param series the series, e.g. {@code KS}
 * @param year   the calendar year of registration
 * @param number the running number within series and year, from 1
 */
public record CaseNumber(String series, int year, int number) {

    public CaseNumber {
        CaseNumbers.checkSeries(series);
        CaseNumbers.checkYear(year);
        if (number < 1) {
            throw new IllegalArgumentException("A case number starts at 1, not " + number);
        }
    }

    /** As people read it, e.g. {@code KS 2026/17} with the format {@code {series} {year}/{number}}. */
    public String format(CaseNumberFormat format) {
        return format.format(this);
    }
}
