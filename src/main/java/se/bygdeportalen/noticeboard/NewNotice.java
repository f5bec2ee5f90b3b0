package se.bygdeportalen.noticeboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A notice to post.
 *
 * @param bodySlug  the body it concerns ({@code Organisation} slug), may be null
 * @param postedOn  the day it goes up (the legal day of posting)
 * @param eventDate the meeting day (MEETING_NOTICE), the meeting whose minutes were approved
 *                  (MINUTES_APPROVED, optional) or the last day to show it (OTHER, required)
 * @param path      where to read more, after the language prefix, e.g. {@code /sammantraden/42}; may be null
 */
public record NewNotice(
        Kind kind,
        String sourceModule,
        String sourceRef,
        TranslatableText title,
        @Nullable TranslatableText summary,
        @Nullable String bodySlug,
        LocalDate postedOn,
        @Nullable LocalDate eventDate,
        @Nullable String path) {}
