@NullMarked
package se.bygdeportalen.platform.security;

import org.jspecify.annotations.NullMarked;
