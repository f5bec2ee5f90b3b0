@NullMarked
package se.bygdeportalen.decisions.web;

import org.jspecify.annotations.NullMarked;
