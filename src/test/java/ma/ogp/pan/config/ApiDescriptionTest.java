package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description of /api/** and its Swagger UI, for signed-in staff only, over real HTTP. */
@PanIntegrationTest
class ApiDescriptionTest {

    static final String[] COMMITTEE_MEMBER = {"ssallahi", "demo"};

    @LocalServerPort int port;

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        Http http = new Http(port);
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html"}) {
            assertThat(http.get(path).statusCode()).as(path).isIn(401, 302);
        }
    }

    @Test
    void staffReadTheApplicationsApiWithItsSchemasAndSecurityAndNotTheEngines() throws Exception {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs", COMMITTEE_MEMBER);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(response.body());

        JsonNode list = api.path("paths").path("/api/plans/{code}/commitments").path("get");
        assertThat(list.path("responses").path("200").toString()).contains("#/components/schemas/Commitment");
        assertThat(list.path("responses").has("404")).isTrue();
        assertThat(api.path("components").path("schemas").path("Commitment").path("properties").has("reference"))
                .isTrue();
        assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(api.path("security").toString()).contains("basic");
        assertThat(api.path("paths").fieldNames()).toIterable()
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void swaggerUiHasItsOwnPolicyWithInlineStylesAndNoInlineScript() {
        Http http = new Http(port);
        HttpResponse<String> page = http.get("/swagger-ui/index.html", COMMITTEE_MEMBER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfig.SWAGGER_UI_CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.SWAGGER_UI_CONTENT_SECURITY_POLICY).startsWith("default-src 'self';")
                .doesNotContain("script-src", "unsafe-eval");
        // the policy allows no inline script: the page must load its scripts from files
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        HttpResponse<String> initializer = http.get("/swagger-ui/swagger-initializer.js", COMMITTEE_MEMBER);
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs/swagger-config", COMMITTEE_MEMBER).body()).contains("/v3/api-docs");
    }
}
