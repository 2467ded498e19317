package ma.ogp.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, the Dockerfile and .dockerignore, read as files: no Docker engine runs here or in CI, so
 * what would make {@code docker compose up} start on a fresh host, or restart, is checked by parsing them.
 */
class DeploymentFilesTest {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?])?([^}]*)}");

    private final String composeText = read("docker-compose.yml");
    @SuppressWarnings("unchecked")
    private final Map<String, Map<String, Object>> services =
            (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(composeText).get("services");

    @Test
    void everyImageIsPinnedToAReleaseTag() {
        services.forEach((name, service) -> {
            if (service.containsKey("image")) {
                assertThat(service.get("image").toString()).as(name).matches("[^:]+:[^:]+").doesNotEndWith(":latest");
            }
        });
        assertThat(read("Dockerfile").lines().filter(line -> line.startsWith("FROM ")))
                .hasSize(2).allSatisfy(from -> assertThat(from).matches("FROM [^: ]+:\\d[^ ]*( AS \\w+)?"));
    }

    @Test
    void everyServiceIsHealthCheckedAndRestarts() {
        services.forEach((name, service) -> {
            assertThat(service.get("restart")).as(name).isIn("unless-stopped", "always");
            assertThat(service.containsKey("healthcheck") || dependsOnHealthy(service)).as(name).isTrue();
        });
        assertThat(read("Dockerfile")).containsPattern("(?m)^HEALTHCHECK .*\\n?.*/actuator/health");
    }

    @Test
    void theApplicationWaitsForAHealthyDatabaseAndMailServer() {
        Map<String, Object> app = services.get("app");
        assertThat(condition(app, "db")).isEqualTo("service_healthy");
        assertThat(condition(app, "mailpit")).isEqualTo("service_healthy");
        assertThat(services.get("db")).containsKey("healthcheck");
        assertThat(services.get("mailpit")).containsKey("healthcheck");
    }

    @Test
    void theDemoIsOffAndNoPasswordHasADefault() {
        assertThat(environment("app").get("PAN_DEMO_ENABLED")).isEqualTo("${PAN_DEMO_ENABLED:-false}");
        Matcher variables = INTERPOLATION.matcher(composeText);
        int passwords = 0;
        while (variables.find()) {
            if (variables.group(1).contains("PASSWORD")) {
                passwords++;
                assertThat(variables.group(2)).as(variables.group()).isEqualTo(":?");
            }
        }
        assertThat(passwords).isGreaterThanOrEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublishedPortAndTheBaseUrlComeFromTheEnvironment() {
        assertThat(environment("app").get("PAN_BASE_URL")).isEqualTo("${PAN_BASE_URL:-http://localhost:${PAN_PORT:-8080}}");
        assertThat((List<Object>) services.get("app").get("ports")).containsExactly("${PAN_PORT:-8080}:8080");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputDataAndHistory() {
        assertThat(read(".dockerignore").lines()).contains(".git", "target/", "data/", ".ci/node_modules/");
    }

    private static boolean dependsOnHealthy(Map<String, Object> service) {
        return service.get("depends_on") instanceof Map<?, ?> dependencies && dependencies.values().stream()
                .anyMatch(d -> d instanceof Map<?, ?> m && "service_healthy".equals(m.get("condition")));
    }

    private static Object condition(Map<String, Object> service, String dependency) {
        return ((Map<?, ?>) ((Map<?, ?>) service.get("depends_on")).get(dependency)).get("condition");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
