package se.bygdeportalen.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts SQL statements the application prepares, so a test can prove a page needs the same
 * number of queries for 10 rows as for 1,000 (no N+1). Import it with {@code @Import(QueryCounter.Config.class)}.
 */
public final class QueryCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    private QueryCounter() {}

    /** Runs the action on this thread and returns how many statements it prepared. */
    public static int count(Runnable action) {
        STATEMENTS.set(0);
        COUNTING.set(true);
        try {
            action.run();
        } finally {
            COUNTING.set(false);
        }
        return STATEMENTS.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor queryCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && "dataSource".equals(name)) {
                        return proxy(ds);
                    }
                    return bean;
                }
            };
        }
    }

    private static DataSource proxy(DataSource target) {
        InvocationHandler handler = (p, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof Connection c && method.getName().equals("getConnection")) {
                return Proxy.newProxyInstance(
                        QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (cp, m, a) -> {
                            if (COUNTING.get()
                                    && (m.getName().equals("prepareStatement")
                                            || m.getName().equals("createStatement")
                                            || m.getName().equals("prepareCall"))) {
                                STATEMENTS.incrementAndGet();
                            }
                            try {
                                return m.invoke(c, a);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    try {
                        return handler.invoke(p, m, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
