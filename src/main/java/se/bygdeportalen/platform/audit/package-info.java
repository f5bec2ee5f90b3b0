@NullMarked
package se.bygdeportalen.platform.audit;

import org.jspecify.annotations.NullMarked;
