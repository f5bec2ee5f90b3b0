@NullMarked
package se.bygdeportalen.platform.opendata;

import org.jspecify.annotations.NullMarked;
