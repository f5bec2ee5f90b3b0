@NullMarked
package se.bygdeportalen.platform.files;

import org.jspecify.annotations.NullMarked;
