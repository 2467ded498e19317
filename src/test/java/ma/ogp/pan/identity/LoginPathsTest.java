package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The login throttle over real HTTP on the four login paths. Client addresses come in X-Forwarded-For (native
 * forward-headers strategy, as behind a proxy), so each test guesses from addresses of its own; the engine is named
 * "default" because the engine REST API and the webapps address it by that name. One delay of 10 s, longer than any
 * burst of requests here even on a loaded machine: the growth of delays is {@link LoginThrottleTest}'s.
 */
@PanIntegrationTest
@TestPropertySource(properties = {
        "camunda.bpm.generate-unique-process-engine-name=false",
        "server.forward-headers-strategy=native",
        "pan.login-throttle.first-delay=PT10S",
        "pan.login-throttle.max-delay=PT10S"})
@DirtiesContext
class LoginPathsTest {

    /** The paths the attacker took in turn. */
    enum Path { ENGINE_REST, FORM_LOGIN, API_BASIC, WEBAPP_LOGIN }

    static final long MAX_DELAY_MILLIS = 10_000;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void oneWrongPasswordThenTheRightOneGetsInAtOnceOnEveryPath() {
        for (Path path : Path.values()) {
            String address = "192.0.2." + (1 + path.ordinal());
            HttpResponse<String> wrong = login(path, address, "msbaiti", "wrong");
            assertThat(in(path, wrong)).as(path + " " + wrong.statusCode()).isFalse();
            HttpResponse<String> right = login(path, address, "msbaiti", "demo");
            assertThat(in(path, right)).as(path + " " + right.statusCode() + right.body()).isTrue();
        }
    }

    @Test
    void tenWrongPasswordsOverTheFourPathsNeverLockAnyoneForGood() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Path path = Path.values()[i % 4];
            for (String account : new String[] {"hmouradi", "admin"}) {
                assertThat(in(path, login(path, "192.0.2.10", account, "wrong" + i))).isFalse();
            }
        }
        // ten failures each on ten addresses: all checked, none slowed, nothing locked
        for (int i = 0; i < 10; i++) {
            Path path = Path.values()[i % 4];
            HttpResponse<String> refused = login(path, "192.0.2." + (110 + i), "dbirou", "wrong");
            assertThat(in(path, refused)).isFalse();
            assertThat(refused.statusCode()).isNotEqualTo(429);
        }
        assertThat(in(Path.API_BASIC, login(Path.API_BASIC, "192.0.2.120", "dbirou", "demo"))).isTrue();
        // Camunda's own throttling would have locked them (ENGINE-27002): it counts nothing any more
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ in ('hmouradi', 'admin', 'dbirou')"
                + " and (ATTEMPTS_ > 0 or LOCK_EXP_TIME_ is not null)", Integer.class)).isZero();

        Thread.sleep(MAX_DELAY_MILLIS + 200);
        for (Path path : Path.values()) {
            assertThat(in(path, login(path, "192.0.2.10", "hmouradi", "demo"))).as(path.name()).isTrue();
            assertThat(in(path, login(path, "192.0.2.10", "admin", "admin"))).as(path.name()).isTrue();
        }
    }

    @Test
    void aGuesserIsSlowedAndTheRightPasswordWaitsToo() throws InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> refused = login(Path.API_BASIC, "192.0.2.20", "aanajjar", "guess" + i);
            statuses.add(refused.statusCode());
            if (refused.statusCode() == 429) {
                assertThat(refused.body()).startsWith("Trop de tentatives de connexion : réessayez dans ");
                assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                        seconds -> assertThat(seconds).isBetween(1L, 10L));
            }
        }
        // three free failures, then every answer tells the guesser to wait
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.subList(3, 12)).containsOnly(429);

        // while slowed, the right password is refused unchecked: 429 where the path can say it, 401 elsewhere
        assertThat(login(Path.API_BASIC, "192.0.2.20", "aanajjar", "demo").statusCode()).isEqualTo(429);
        HttpResponse<String> form = login(Path.FORM_LOGIN, "192.0.2.20", "aanajjar", "demo");
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(form.body()).contains("Trop de tentatives de connexion : réessayez dans", "name=\"password\"");
        assertThat(login(Path.ENGINE_REST, "192.0.2.20", "aanajjar", "demo").statusCode()).isEqualTo(401);
        assertThat(login(Path.WEBAPP_LOGIN, "192.0.2.20", "aanajjar", "demo").statusCode()).isEqualTo(401);

        Thread.sleep(MAX_DELAY_MILLIS + 200);
        assertThat(in(Path.API_BASIC, login(Path.API_BASIC, "192.0.2.20", "aanajjar", "demo"))).isTrue();
    }

    @Test
    void anotherAddressIsNotSlowedUntilTheAccountItselfIsGuessedAtTooOften() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            login(Path.ENGINE_REST, "192.0.2.30", "relmilloud", "guess" + i);
        }
        assertThat(login(Path.API_BASIC, "192.0.2.30", "relmilloud", "demo").statusCode()).isEqualTo(429);
        assertThat(in(Path.API_BASIC, login(Path.API_BASIC, "192.0.2.31", "relmilloud", "demo"))).isTrue();

        // more than ten failures on one account, one per address: the account is slowed from everywhere
        for (int i = 0; i < 11; i++) {
            login(Path.ENGINE_REST, "198.51.100." + i, "schakri", "guess" + i);
        }
        assertThat(login(Path.API_BASIC, "198.51.100.99", "schakri", "demo").statusCode()).isEqualTo(429);
        Thread.sleep(MAX_DELAY_MILLIS + 200);
        assertThat(in(Path.API_BASIC, login(Path.API_BASIC, "198.51.100.99", "schakri", "demo"))).isTrue();
    }

    @Test
    void theSecretariatSeesASlowedAccountAndLetsThePersonInAtOnce() {
        for (int i = 0; i < 6; i++) {
            login(Path.API_BASIC, "192.0.2.50", "nlasfar", "guess" + i);
        }
        assertThat(login(Path.API_BASIC, "192.0.2.50", "nlasfar", "demo").statusCode()).isEqualTo(429);

        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        HttpResponse<String> page = secretariat.get("/app/comptes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<td>nlasfar</td>", "Lever le ralentissement");
        HttpResponse<String> lifted = secretariat.submit("/app/comptes", "/app/comptes/lever",
                Map.of("compte", "nlasfar"), true);
        assertThat(lifted.statusCode()).isEqualTo(302);

        assertThat(in(Path.API_BASIC, login(Path.API_BASIC, "192.0.2.50", "nlasfar", "demo"))).isTrue();
        assertThat(secretariat.get("/app/comptes").body()).doesNotContain("<td>nlasfar</td>");
    }

    @Test
    void onlyTheSecretariatUsesThePage() {
        Visitor member = new Visitor(port).loggedInAs("ssallahi", "demo");
        assertThat(member.get("/app/comptes").statusCode()).isEqualTo(403);
        String token = member.csrfToken("/app/plans/PAN3");
        assertThat(member.post("/app/comptes/lever", Map.of("compte", "ssallahi"), token).statusCode()).isEqualTo(403);
    }

    /** One login attempt on a path, from a client address, with a client of its own (no session carried over). */
    private HttpResponse<String> login(Path path, String address, String user, String password) {
        return switch (path) {
            case ENGINE_REST -> new Http(port).from(address).get("/engine-rest/task", user, password);
            case API_BASIC -> new Http(port).from(address).get("/api/plans/PAN3/commitments", user, password);
            case FORM_LOGIN -> new Visitor(port).from(address).submit("/login", "/login",
                    Map.of("username", user, "password", password), true);
            case WEBAPP_LOGIN -> webappLogin(address, user, password);
        };
    }

    /** What Tasklist's login page posts, with the CSRF token Camunda's filter hands out on a first GET. */
    private HttpResponse<String> webappLogin(String address, String user, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port + "/camunda/";
        String token = Visitor.send(browser, HttpRequest.newBuilder(URI.create(base + "app/tasklist/")).GET().build())
                .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        URI login = URI.create(base + "api/admin/auth/user/default/login/tasklist");
        return Visitor.send(browser, HttpRequest.newBuilder(login)
                .header("X-Forwarded-For", address).header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Whether the attempt logged in: the form login redirects to the staff pages, the others answer 200. */
    private static boolean in(Path path, HttpResponse<String> response) {
        if (path == Path.FORM_LOGIN) {
            return response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/app");
        }
        return response.statusCode() == 200;
    }
}
