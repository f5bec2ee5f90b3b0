@NullMarked
package se.bygdeportalen.site.internal;

import org.jspecify.annotations.NullMarked;
