@NullMarked
package se.bygdeportalen.organisation.web;

import org.jspecify.annotations.NullMarked;
