package se.bygdeportalen.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives Debian's Chromium through Playwright against the application on a random
 * port. Inject {@link Browser} as a test-method parameter. The application's clock is the
 * {@link TestClock}, as in {@link IntegrationTest}; the browser's own clock is the real one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({QueryCounter.Config.class, TestClock.Config.class})
@ExtendWith({Browser.Extension.class, TestClock.Reset.class})
public @interface BrowserTest {}
