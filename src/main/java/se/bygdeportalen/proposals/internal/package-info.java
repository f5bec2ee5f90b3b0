@NullMarked
package se.bygdeportalen.proposals.internal;

import org.jspecify.annotations.NullMarked;
