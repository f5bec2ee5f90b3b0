@NullMarked
package se.bygdeportalen;

import org.jspecify.annotations.NullMarked;
