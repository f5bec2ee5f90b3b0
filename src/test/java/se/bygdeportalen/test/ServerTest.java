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
 * A test against the whole application listening on a random port, for tests that need real HTTP
 * (headers Tomcat writes, compression, raw paths). The same context as {@link BrowserTest}, so the two
 * kinds share one application start per test JVM; a fresh database per class as in {@link IntegrationTest}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({FreshDatabase.Config.class, QueryCounter.Config.class, TestClock.Config.class})
@ExtendWith({FreshDatabase.PerClass.class, TestClock.Reset.class})
public @interface ServerTest {}
