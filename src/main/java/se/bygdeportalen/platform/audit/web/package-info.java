@NullMarked
package se.bygdeportalen.platform.audit.web;

import org.jspecify.annotations.NullMarked;
