package ma.ogp.pan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link PanIntegrationTest} on a fresh database of the embedded PostgreSQL server. The context is closed
 * after the class, before the server stops at JVM exit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@ContextConfiguration(initializers = OnEmbeddedPostgres.NewDatabase.class)
public @interface OnEmbeddedPostgres {

    class NewDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + EmbeddedPostgresDatabases.newDatabase(),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=").applyTo(context);
        }
    }
}
