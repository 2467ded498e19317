package ma.ogp.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.support.EmbeddedPostgresDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A second start on the same database adds nothing: demo, identities, rights, filters and deployments load once. */
class RestartTest {

    private static final List<String> TABLES = List.of(
            "pan_action_plan", "pan_plan_phase", "pan_plan_role", "pan_deadline", "pan_deadline_extension",
            "pan_institution", "pan_person", "pan_commitment", "pan_commitment_version", "pan_activity",
            "pan_indicator", "pan_version_ogp_value", "pan_version_supporting_institution", "pan_meeting",
            "pan_meeting_attendee", "pan_meeting_absentee", "pan_meeting_item", "pan_observation",
            "pan_observation_suggestion",
            "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER",
            "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_RE_CAMFORMDEF");

    @Test
    void secondStartOnTheSameH2FileChangesNothing(@TempDir Path dir) {
        assertSecondStartChangesNothing("jdbc:h2:file:" + dir.resolve("pan") + ";DB_CLOSE_ON_EXIT=FALSE", "sa");
    }

    @Test
    void secondStartOnTheSamePostgresDatabaseChangesNothing() {
        assertSecondStartChangesNothing(EmbeddedPostgresDatabases.newDatabase(), "postgres");
    }

    private void assertSecondStartChangesNothing(String url, String user) {
        Map<String, Integer> first = rowCountsAfterStart(url, user);
        assertThat(first.get("pan_commitment")).isEqualTo(22);
        assertThat(first.get("ACT_RU_FILTER")).isEqualTo(3);
        assertThat(rowCountsAfterStart(url, user)).isEqualTo(first);
    }

    private Map<String, Integer> rowCountsAfterStart(String url, String user) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PanCocreationApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Map<String, Integer> counts = new LinkedHashMap<>();
            TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Integer.class).single()));
            counts.put("applied migrations", app.getBean(Flyway.class).info().applied().length);
            return counts;
        }
    }
}
