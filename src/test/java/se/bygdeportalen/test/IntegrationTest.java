package se.bygdeportalen.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the embedded PostgreSQL with real migrations. Tests
 * that share this annotation share one Spring context, but each test class gets a fresh copy of the
 * database as the application started it ({@link FreshDatabase}): the tests of one class see each
 * other's rows, never another class's. MockMvc is
 * always available, so MockMvc and plain tests share the same context. The application's clock stands
 * still at {@link TestClock#DEFAULT_INSTANT} and is set back before each test (see {@link TestClock}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({FreshDatabase.Config.class, QueryCounter.Config.class, TestClock.Config.class})
@ExtendWith({FreshDatabase.PerClass.class, TestClock.Reset.class})
public @interface IntegrationTest {}
