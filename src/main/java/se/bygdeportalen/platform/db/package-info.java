@NullMarked
package se.bygdeportalen.platform.db;

import org.jspecify.annotations.NullMarked;
