package se.bygdeportalen.organisation.internal;

/** A membership together with its person, for staff lists of a body's seats. */
public record Seat(Membership membership, Person person) {}
