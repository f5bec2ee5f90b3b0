package se.bygdeportalen.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles admitted to a staff route. Every handler under {@code /admin/} must carry it, on the
 * method or the class. {@link StaffAccessInterceptor} runs for every path Spring MVC maps under
 * {@code /admin} (decoded, as handlers are matched) and refuses a route without it, and
 * {@code StaffRouteAccessIT} fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {

    /** Roles admitted. Empty means any signed-in staff member. */
    Role[] value() default {};
}
