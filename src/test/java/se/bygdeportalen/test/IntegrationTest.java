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
 * that share this annotation share one Spring context and one database, so each test makes its own
 * data (see the builders in this package) and never counts rows it did not make. MockMvc is
 * always available, so MockMvc and plain tests share the same context. The application's clock stands
 * still at {@link TestClock#DEFAULT_INSTANT} and is set back before each test (see {@link TestClock}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({QueryCounter.Config.class, TestClock.Config.class})
@ExtendWith(TestClock.Reset.class)
public @interface IntegrationTest {}
