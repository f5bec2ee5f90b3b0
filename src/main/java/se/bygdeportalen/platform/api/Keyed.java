package se.bygdeportalen.platform.api;

/** A row of a keyset-paged list with its position (its sort key), read by {@link SeekOrder#position}. */
public record Keyed<T>(T item, Position position) {}
