package se.bygdeportalen.platform.manifest;

/**
 * One indicator of the programme. {@code id} is stable and used in reports to the funder.
 *
 * @param strand    the programme strand the indicator follows up
 * @param source    where the values come from
 * @param unit      how values are expressed
 */
public record IndicatorDefinition(String id, String nameKey, String descriptionKey, Strand strand, Source source, Unit unit) {

    public enum Strand { CITIZEN_DIALOGUE, EQUALITY_AND_PUBLIC_HEALTH, SERVICE_OFFICE, BUSINESS_DEVELOPMENT }

    public enum Source { PLATFORM, KOLADA, STAFF_ENTRY }

    public enum Unit { COUNT, PERCENT, DAYS, PER_THOUSAND_INHABITANTS, RANK }
}
