package se.bygdeportalen.organisation.internal;

import org.jspecify.annotations.Nullable;
import se.bygdeportalen.organisation.Body;

/** A body with the details only staff edit: its place in lists and its number of seats. */
public record BodyDetails(Body body, int sort, @Nullable Integer seats) {}
