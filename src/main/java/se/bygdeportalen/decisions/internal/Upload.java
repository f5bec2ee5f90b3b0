package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/** An uploaded file as a use case sees it: the name the uploader gave, its size and its content (null when none was chosen). */
public record Upload(
        @Nullable String originalName, long size, @Nullable InputStreamSource content) {}
