package se.bygdeportalen.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A time of day as {@code <input type="time">} sends it (hh:mm). Empty values pass: add {@code @NotBlank} when the field is required. Message: {@code validation.IsoTime}. */
@Documented
@Constraint(validatedBy = TextConstraints.IsoTimeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoTime {
    String message() default "{validation.IsoTime}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
