@NullMarked
package se.bygdeportalen.platform.identity.internal;

import org.jspecify.annotations.NullMarked;
