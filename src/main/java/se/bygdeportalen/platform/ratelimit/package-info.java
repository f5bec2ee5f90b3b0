@NullMarked
package se.bygdeportalen.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
