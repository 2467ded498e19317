package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Response headers, session cookies and what the Camunda webapps tell anonymous visitors, over real HTTP. The
 * webapps and the engine REST API address the engine named "default": this context uses it and closes after.
 */
@PanIntegrationTest
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext
class WebHardeningTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;

    @Test
    void publicAndStaffPagesHaveAStrictContentSecurityPolicyAndAReferrerPolicy() {
        Http http = new Http(port);
        for (HttpResponse<String> page : List.of(http.getHtml("/consultation"), http.getHtml("/rapport?plan=PAN3"),
                http.getHtml("/app/plans/PAN3", "oelmoustamide", "demo"))) {
            assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.body()).doesNotContain("<script", "<style", "style=");
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).startsWith("default-src 'self';")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(http.get("/css/report.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineRestApiAndTheWebappsHaveAReferrerPolicyAndTheWebappsKeepTheirOwnCsp() {
        Http http = new Http(port);
        for (HttpResponse<String> response : List.of(http.get("/engine-rest/engine"), http.get("/engine-rest/task"),
                http.getHtml("/camunda/app/tasklist/default/"))) {
            assertThat(response.headers().firstValue("Referrer-Policy")).as(response.uri().toString())
                    .hasValue("same-origin");
        }
        assertThat(http.getHtml("/camunda/app/tasklist/default/").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("'nonce-", "'strict-dynamic'"));
    }

    @Test
    void theLoginSessionCookieIsSameSiteLaxAndSecureBehindAnHttpsProxy() {
        assertThat(sessionCookieOfLogin()).contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(sessionCookieOfLogin("X-Forwarded-Proto", "https")).contains("Secure", "SameSite=Lax");

        List<String> webapp = new Visitor(port).loginToWebapps("hbennani", "demo").headers().allValues("Set-Cookie");
        assertThat(webapp).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c.split("SameSite", -1)).hasSize(2));
    }

    @Test
    void anonymousVisitorsOfTheWebappsDoNotSeeCamundasVersion() {
        String version = ProductPropertiesUtil.getProductVersion();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        Visitor visitor = new Visitor(port);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            HttpResponse<String> page = visitor.get("/camunda/app/" + app + "/default/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(app).contains("?bust=", "cam-widget-footer").doesNotContain(version);
        }
        assertThat(visitor.loginToWebapps("oelmoustamide", "demo").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/camunda/app/tasklist/default/").body()).contains("version=\"v" + version + "\"");
    }

    /** The JSESSIONID cookie that signing in through the application's /login sets, with the given headers. */
    private String sessionCookieOfLogin(String... headers) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = Visitor.send(client, request("/login", headers).GET().build());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=oelmoustamide&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = Visitor.send(client, request("/login", headers)
                .header("Cookie", sessionCookie(page).split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app"));
        return sessionCookie(login);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
    }
}
