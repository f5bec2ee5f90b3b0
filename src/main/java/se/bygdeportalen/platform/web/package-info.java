@NullMarked
package se.bygdeportalen.platform.web;

import org.jspecify.annotations.NullMarked;
