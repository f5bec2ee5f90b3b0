@NullMarked
package se.bygdeportalen.noticeboard.web;

import org.jspecify.annotations.NullMarked;
