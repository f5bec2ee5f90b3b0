package se.bygdeportalen.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's Chromium through Playwright against the application on a random
 * port. Inject {@link Browser} as a test-method parameter. The application's clock is the
 * {@link TestClock}, as in {@link IntegrationTest}; the browser's own clock is the real one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ServerTest
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {}
