package se.bygdeportalen.noticeboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A notice as posted.
 *
 * @param takeDownOn      the first day it is no longer on the board
 * @param lastDayToAppeal for approved minutes, the last day an appeal can reach the court; else null
 */
public record PostedNotice(
        long id,
        Kind kind,
        LocalDate postedOn,
        LocalDate takeDownOn,
        @Nullable LocalDate lastDayToAppeal,
        @Nullable String path) {}
