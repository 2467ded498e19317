package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ma.ogp.pan.support.Http;
import ma.ogp.pan.support.OnEmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A demo on the production profile: no user accepts the H2 demo's published password; each gets a password of
 * its own, shown once in the log when the user is created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the engine REST API addresses the engine named "default"
        properties = {"pan.demo.enabled=true", "pan.admin.password=admin-on-postgres",
                "camunda.bpm.generate-unique-process-engine-name=false"})
@ActiveProfiles({"test", "postgres"})
@OnEmbeddedPostgres
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordsOnPostgresTest {

    private static final Pattern GENERATED = Pattern.compile(
            "WARN .*Demo user (\\S+) created with the generated password (\\S+)");

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired DemoDataLoader loader;

    @Test
    void demoUsersGetRandomPasswordsShownOnceAndNotDemo(CapturedOutput output) throws Exception {
        Map<String, String> logged = generated(output.getAll());
        long demoUsers = identity.createUserQuery().count() - 1;
        assertThat(logged).hasSize((int) demoUsers).containsKeys("oelmoustamide", "hbennani");
        assertThat(logged.values()).doesNotHaveDuplicates().allMatch(p -> p.length() == 16);

        Http http = new Http(port);
        assertThat(http.get("/engine-rest/task", "oelmoustamide", "demo").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "hbennani", logged.get("hbennani")).statusCode()).isEqualTo(200);

        // a restart finds the demo loaded: no user is created, no password shown again
        loader.run(new DefaultApplicationArguments());
        assertThat(generated(output.getAll())).isEqualTo(logged);
    }

    /** Each logged line, login to password; a login logged twice would fail the size check. */
    private static Map<String, String> generated(String log) {
        Map<String, String> passwords = new LinkedHashMap<>();
        Matcher line = GENERATED.matcher(log);
        while (line.find()) {
            assertThat(passwords.put(line.group(1), line.group(2))).as(line.group(1)).isNull();
        }
        return passwords;
    }
}
