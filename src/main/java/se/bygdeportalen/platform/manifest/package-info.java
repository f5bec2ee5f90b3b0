@NullMarked
package se.bygdeportalen.platform.manifest;

import org.jspecify.annotations.NullMarked;
