/**
 * The municipality's organisation: its political bodies (council, executive board, committees and
 * their working groups) and its villages, which other modules refer to through {@link se.bygdeportalen.organisation.Organisation}.
 */
@NullMarked
package se.bygdeportalen.organisation;

import org.jspecify.annotations.NullMarked;
