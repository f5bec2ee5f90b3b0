@NullMarked
package se.bygdeportalen.organisation.internal;

import org.jspecify.annotations.NullMarked;
