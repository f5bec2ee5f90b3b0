package se.bygdeportalen.organisation.internal;

import java.util.Set;

/** A staff account with the registrar role and the bodies it is limited to (empty: all). */
public record RegistrarAccount(long id, String displayName, String username, Set<Long> bodyIds) {}
