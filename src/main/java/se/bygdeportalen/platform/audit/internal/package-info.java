@NullMarked
package se.bygdeportalen.platform.audit.internal;

import org.jspecify.annotations.NullMarked;
