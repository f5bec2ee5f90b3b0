@NullMarked
package se.bygdeportalen.platform.identity;

import org.jspecify.annotations.NullMarked;
