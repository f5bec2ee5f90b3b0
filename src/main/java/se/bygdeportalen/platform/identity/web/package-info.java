@NullMarked
package se.bygdeportalen.platform.identity.web;

import org.jspecify.annotations.NullMarked;
