@NullMarked
package se.bygdeportalen.decisions.internal;

import org.jspecify.annotations.NullMarked;
