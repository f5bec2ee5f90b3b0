@NullMarked
package se.bygdeportalen.noticeboard.internal;

import org.jspecify.annotations.NullMarked;
