@NullMarked
package se.bygdeportalen.platform.search;

import org.jspecify.annotations.NullMarked;
