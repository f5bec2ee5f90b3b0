package se.bygdeportalen.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The name of one of an enum's constants, e.g. a radio button's value. Empty values pass: add {@code @NotBlank} when the field is required. Message: {@code validation.OneOf}. */
@Documented
@Constraint(validatedBy = TextConstraints.OneOfValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    String message() default "{validation.OneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The enum whose constant names are accepted. */
    Class<? extends Enum<?>> value();
}
