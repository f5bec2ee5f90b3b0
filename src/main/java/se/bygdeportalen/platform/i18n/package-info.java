@NullMarked
package se.bygdeportalen.platform.i18n;

import org.jspecify.annotations.NullMarked;
