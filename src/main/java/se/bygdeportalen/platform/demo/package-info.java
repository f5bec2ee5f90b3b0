@NullMarked
package se.bygdeportalen.platform.demo;

import org.jspecify.annotations.NullMarked;
