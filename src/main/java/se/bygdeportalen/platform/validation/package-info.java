/**
 * Bean Validation constraints for forms bound as text ({@link IsoDate}, {@link IsoTime}, {@link OneOf},
 * {@link WholeNumber}, {@link SingleLine}) and {@link Parse}, which reads the checked text into typed
 * command values. See ADR 0012.
 */
@NullMarked
package se.bygdeportalen.platform.validation;

import org.jspecify.annotations.NullMarked;
