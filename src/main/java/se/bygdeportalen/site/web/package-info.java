@NullMarked
package se.bygdeportalen.site.web;

import org.jspecify.annotations.NullMarked;
