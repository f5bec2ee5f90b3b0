/**
 * Gap-free case numbers (diarienummer) per series and year, for every module that registers
 * documents: citizen proposals, grant applications, contact cases, bookings (ADR 0006, ADR 0014).
 * The counter lives in the platform's {@code case_number_counter} table; a module never keeps its own.
 *
 * <pre>{@code
 * // in a use case, one transaction:
 * public Result<Long> handle(RegisterApplication command, Actor actor) {
 *     // ... validate, then, just before writing the row that carries the number:
 *     CaseNumber caseNumber = caseNumbers.next(properties.caseSeries(), clock.instant());
 *     String shown = caseNumber.format(properties.caseNumberFormat()); // e.g. "KS 2026/17"
 *     repository.insert(..., caseNumber.year(), caseNumber.number(), shown);
 * }   // a rollback anywhere in here gives the number back
 * }</pre>
 *
 * A module moving from its own counter table carries its counts over once: in the migration that drops
 * its table ({@code INSERT INTO case_number_counter (series, year, last_number) SELECT series, year,
 * last_number FROM proposal_case_counter ON CONFLICT (series, year) DO UPDATE SET last_number =
 * GREATEST(case_number_counter.last_number, EXCLUDED.last_number)}), or from Java with
 * {@link se.bygdeportalen.platform.casenumber.CaseNumbers#continueAfter}, which also continues a series
 * from an earlier diarium system.
 */
@NullMarked
package se.bygdeportalen.platform.casenumber;

import org.jspecify.annotations.NullMarked;
