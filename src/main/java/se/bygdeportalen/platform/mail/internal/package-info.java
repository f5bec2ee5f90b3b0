@NullMarked
package se.bygdeportalen.platform.mail.internal;

import org.jspecify.annotations.NullMarked;
