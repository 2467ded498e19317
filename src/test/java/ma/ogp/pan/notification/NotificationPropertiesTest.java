package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The mail settings as application.yml gives them: links follow the server's port unless PAN_BASE_URL is set. */
class NotificationPropertiesTest {

    @Test
    void withoutABaseUrlTheLinksFollowTheServersPort() throws IOException {
        assertThat(settings(Map.of("server.port", "8123")).baseUrl()).isEqualTo("http://localhost:8123");
        assertThat(settings(Map.of()).baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings(Map.of("server.port", "8123", "PAN_BASE_URL", "https://pan.gov.ma")).taskLink("42"))
                .isEqualTo("https://pan.gov.ma/camunda/app/tasklist/default/#/?task=42");
    }

    @Test
    void repliesGoToTheSecretariatUnderItsName() throws IOException {
        NotificationProperties defaults = settings(Map.of());
        assertThat(defaults.fromName()).isEqualTo("Secrétariat du PAN – Gouvernement ouvert");
        assertThat(defaults.contact()).as("no reply-to: the sender's address").isEqualTo(defaults.from());
        assertThat(settings(Map.of("PAN_MAIL_REPLY_TO", "pan@mdcrp.gov.ma")).contact()).isEqualTo("pan@mdcrp.gov.ma");
    }

    private static NotificationProperties settings(Map<String, Object> given) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment).bind("pan.notification", NotificationProperties.class).get();
    }
}
