@NullMarked
package se.bygdeportalen.platform.mail;

import org.jspecify.annotations.NullMarked;
