package se.bygdeportalen.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO date as {@code <input type="date">} sends it (yyyy-mm-dd, year 1900–9999). Empty values pass: add {@code @NotBlank} when the field is required. Message: {@code validation.IsoDate}. */
@Documented
@Constraint(validatedBy = TextConstraints.IsoDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {
    String message() default "{validation.IsoDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
