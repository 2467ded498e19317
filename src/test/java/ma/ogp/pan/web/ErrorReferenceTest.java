package ma.ogp.pan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The id a user quotes from an error answer is the one in the header and in the log's single line. */
@PanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorReferenceTest {

    @LocalServerPort int port;

    @Test
    void problemDetailsOfTheApiCarryTheRequestsId() throws Exception {
        HttpResponse<String> response = new Http(port).get("/api/plans/NOPE/commitments", "ssallahi", "demo");

        assertThat(response.statusCode()).isEqualTo(404);
        String id = response.headers().firstValue(CorrelationId.HEADER).orElseThrow();
        assertThat(new ObjectMapper().readTree(response.body()).path("correlationId").asText()).isEqualTo(id);
    }

    @Test
    void theErrorPageShowsTheRequestsId() {
        // a refusal by Spring Security goes to the error page (Spring MVC's own errors answer in problem details)
        HttpResponse<String> page = new Http(port).getHtml("/actuator/prometheus", "ssallahi", "demo");

        assertThat(page.statusCode()).isEqualTo(403);
        String id = page.headers().firstValue(CorrelationId.HEADER).orElseThrow();
        assertThat(page.body()).contains("<code>" + id + "</code>", "Cette page n&#39;est pas disponible.");
    }

    @Test
    void aServerFailureIsOneLineAtErrorWithTheId(CapturedOutput log) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain failing = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse r) {
                throw new IllegalStateException("la base ne répond pas");
            }
        };

        assertThatThrownBy(() -> new CorrelationId().doFilter(new MockHttpServletRequest("POST", "/app/reunions"),
                response, failing)).isInstanceOf(IllegalStateException.class);

        String id = response.getHeader(CorrelationId.HEADER);
        assertThat(log.getOut().lines().filter(line -> line.contains(id)))
                .singleElement().asString().contains("ERROR", "POST /app/reunions failed [" + id + "]",
                        "IllegalStateException: la base ne répond pas");
    }
}
