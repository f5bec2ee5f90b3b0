@NullMarked
package se.bygdeportalen.platform.scheduling;

import org.jspecify.annotations.NullMarked;
