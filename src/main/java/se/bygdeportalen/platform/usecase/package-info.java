/**
 * The one contract every use case follows (ADR 0012): a typed command and an explicit {@link Actor}
 * in, one {@link Result} out, one transaction, audited. Failures that are not about a field are a
 * {@link Problem}; whether an actor may act on a record is an {@link AccessRule}, which fails closed.
 */
@NullMarked
package se.bygdeportalen.platform.usecase;

import org.jspecify.annotations.NullMarked;
