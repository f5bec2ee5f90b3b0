package se.bygdeportalen.platform.identity.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.PlatformProperties;

/**
 * The demo sign-in lets anyone act as a resident. It is refused at start-up unless the platform
 * runs on its embedded database, so a production configuration cannot turn it on.
 */
@Component
public class DemoSignInGuard implements InitializingBean {

    private final PlatformProperties properties;
    private final Environment env;

    DemoSignInGuard(PlatformProperties properties, Environment env) {
        this.properties = properties;
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.demo().signIn() && !se.bygdeportalen.platform.db.EmbeddedDatabase.inUse(env)) {
            throw new IllegalStateException("bygdeportalen.demo.sign-in is only allowed on the embedded demo database; "
                    + "remove it from a configuration that sets spring.datasource.url");
        }
    }
}
