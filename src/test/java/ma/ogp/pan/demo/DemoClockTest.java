package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ma.ogp.pan.cluster.ClusterProperties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import ma.ogp.pan.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's time starts on the day of the minutes, moves forward on request, and is kept for the next start.
 * The engine's clock is global to the JVM: this context is closed and the clock reset after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pan.demo.clock-start=2024-02-22T12:00:00+01:00")
@ActiveProfiles("test")
@DirtiesContext
class DemoClockTest {

    @Autowired DemoClock demoClock;
    @Autowired Clock clock;
    @Autowired ManagementService management;
    @LocalServerPort int port;

    @AfterAll
    static void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void onlyTheSecretariatAndAdministratorsSeeTheClock() {
        Http http = new Http(port);
        assertThat(http.getHtml("/app/demo/horloge", "oelmoustamide", "demo").body()).contains("Horloge de la démo");
        assertThat(http.getHtml("/app/demo/horloge", "admin", "admin").statusCode()).isEqualTo(200);
        assertThat(http.getHtml("/app/demo/horloge", "hbennani", "demo").statusCode()).isEqualTo(403);
        assertThat(http.getHtml("/app/demo/horloge").statusCode()).isEqualTo(302);
    }

    @Test
    void theDemoRunsFromTheDayOfTheMinutesAndMovesForward() {
        Instant start = Instant.parse("2024-02-22T11:00:00Z");
        assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(5));

        Instant later = demoClock.advance(Duration.ofDays(2));

        assertThat(Duration.between(start.plus(Duration.ofDays(2)), later)).isBetween(Duration.ZERO, Duration.ofMinutes(5));
        assertThat(clock.instant()).isAfterOrEqualTo(later);
        long kept = Long.parseLong(management.getProperties().get("pan.demo.clock-offset-ms"));
        assertThat(Instant.now().plusMillis(kept)).isBetween(later.minusSeconds(60), later.plusSeconds(60));
        assertThatThrownBy(() -> demoClock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withMoreThanOneNodeTheClockStaysWhereItIs() {
        DemoClock twoNodes = new DemoClock(new DemoProperties(true, "demo", false, null), new ClusterProperties(2));
        assertThat(twoNodes.isMovable()).isFalse();
        assertThatThrownBy(() -> twoNodes.advance(Duration.ofHours(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plusieurs nœuds");
    }
}
