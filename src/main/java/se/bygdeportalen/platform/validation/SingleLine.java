package se.bygdeportalen.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One line of text: no control characters (CR, LF, TAB, NUL …) and no line or paragraph separators, so it is safe in a mail header, a CSV cell or a log line. Empty values pass: add {@code @NotBlank} when the field is required. Message: {@code validation.SingleLine}. */
@Documented
@Constraint(validatedBy = TextConstraints.SingleLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {
    String message() default "{validation.SingleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
