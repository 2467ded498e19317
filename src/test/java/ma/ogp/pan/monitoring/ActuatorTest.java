package ma.ogp.pan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.MailService;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Health and metrics over real HTTP, with the job executor running (as in production) and the SMTP server down.
 * Spring Boot's tests export no metrics unless asked ({@code @AutoConfigureObservability}).
 */
@PanIntegrationTest
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext
class ActuatorTest {

    static final String[] ADMIN = {"admin", "admin"};
    static final String[] SECRETARIAT = {"oelmoustamide", "demo"};
    static final String[] COMMITTEE_MEMBER = {"ssallahi", "demo"};

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MailService mails;
    final ObjectMapper json = new ObjectMapper();

    /** A port nobody listens on: the SMTP server is down for this whole class. */
    @DynamicPropertySource
    static void smtpDown(DynamicPropertyRegistry properties) {
        try (ServerSocket socket = new ServerSocket(0)) {
            int closed = socket.getLocalPort();
            properties.add("spring.mail.port", () -> closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anonymousVisitorsGetUpOrDownAndNothingElse() {
        Http http = new Http(port);
        HttpResponse<String> health = http.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        for (String path : List.of("/actuator/health/readiness", "/actuator/health/liveness", "/actuator/prometheus",
                "/actuator/metrics")) {
            assertThat(http.get(path).statusCode()).as(path).isIn(401, 302);
        }
    }

    @Test
    void aCommitteeMemberSeesNoDetailsAndNoMetrics() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/actuator/prometheus", COMMITTEE_MEMBER).statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/health/readiness", COMMITTEE_MEMBER).statusCode()).isEqualTo(403);
        assertThat(json.readTree(http.get("/actuator/health", COMMITTEE_MEMBER).body()).has("components")).isFalse();
        // the secretariat watches health but does not scrape metrics
        assertThat(json.readTree(http.get("/actuator/health", SECRETARIAT).body()).has("components")).isTrue();
        assertThat(http.get("/actuator/prometheus", SECRETARIAT).statusCode()).isEqualTo(403);
    }

    @Test
    void readinessCoversTheDatabaseTheJobExecutorAndTheStartUpAndStaysUpWithTheMailServerDown() throws Exception {
        HttpResponse<String> response = new Http(port).get("/actuator/health/readiness", ADMIN);
        JsonNode readiness = json.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        JsonNode components = readiness.path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("readinessState").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("mail").path("status").asText()).isEqualTo("DEGRADED");
        assertThat(json.readTree(new Http(port).get("/actuator/health/liveness", SECRETARIAT).body())
                .path("status").asText()).isEqualTo("UP");
    }

    @Test
    void untilTheStartUpEndsReadinessAndTheBareHealthAreOutOfServiceWhileOtherPagesWait() throws Exception {
        Http http = new Http(port);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = http.get("/actuator/health/readiness", ADMIN);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json.readTree(readiness.body()).path("status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(http.get("/actuator/health").body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(http.get("/consultation").statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anAdministratorScrapesTheEngineAndApplicationMeters() {
        Http http = new Http(port);
        double failedMails = metric(http, "pan_mails_failed_total");
        double refusedComments = metric(http,
                "pan_consultation_comments_refused_total{reason=\"consultation.commitment.unknown\"}");

        assertThatThrownBy(() -> mails.send(new Mail(List.of("secretariat@pan3.example.org"), "Essai", "test-notice",
                Map.of("name", "Essai", "dueDate", "demain")))).isInstanceOf(MailException.class);
        Visitor visitor = new Visitor(port);
        assertThat(visitor.post("/consultation/PAN3-99/commentaires", Map.of("body", "Bonjour", "consent", "true"),
                visitor.csrfToken("/login")).statusCode()).isEqualTo(404);

        String scrape = http.get("/actuator/prometheus", ADMIN).body();
        assertThat(scrape).contains("pan_engine_jobs{state=\"acquired\"}", "pan_engine_jobs{state=\"failed\"}",
                "pan_engine_incidents_open ", "pan_tasks_overdue{plan=\"PAN3\"}", "pan_mails_sent_total ",
                "pan_consultation_comments_received_total ");
        assertThat(metric(http, "pan_mails_failed_total")).isEqualTo(failedMails + 1);
        assertThat(metric(http, "pan_consultation_comments_refused_total{reason=\"consultation.commitment.unknown\"}"))
                .isEqualTo(refusedComments + 1);
    }

    /** The sample's value, 0 when the series does not exist yet. */
    private double metric(Http http, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$")
                .matcher(http.get("/actuator/prometheus", ADMIN).body());
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
