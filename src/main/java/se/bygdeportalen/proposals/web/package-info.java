@NullMarked
package se.bygdeportalen.proposals.web;

import org.jspecify.annotations.NullMarked;
