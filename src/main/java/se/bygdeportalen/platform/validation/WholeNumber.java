package se.bygdeportalen.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number within bounds, written in digits (a leading minus only when {@code min} is negative). Empty values pass: add {@code @NotBlank} when the field is required. Message: {@code validation.WholeNumber}. */
@Documented
@Constraint(validatedBy = TextConstraints.WholeNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {
    String message() default "{validation.WholeNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    long min() default 0;

    long max() default Long.MAX_VALUE;
}
