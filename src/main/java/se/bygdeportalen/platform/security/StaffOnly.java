package se.bygdeportalen.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles admitted to a staff route. Every handler under {@code /admin/} must carry it, on the
 * method or the class; a route without it is refused for everyone (fail closed), and
 * {@code StaffRouteAccessTest} fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {

    /** Roles admitted. Empty means any signed-in staff member. */
    Role[] value() default {};
}
