package ma.ogp.pan.demo;

import java.time.Duration;
import java.time.Instant;

import ma.ogp.pan.cluster.ClusterProperties;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo replays PAN3 on its own calendar: the engine's clock (and so the application's, see EngineClock) runs
 * from {@code pan.demo.clock-start}, and the secretariat can move it forward to see reminders, escalations and
 * deadlines happen. The offset is kept in the engine's properties, so a restart resumes the same demo time. It is
 * set when the engine is built, before the job executor looks at any timer.
 * <p>The clock is per JVM (Camunda's ClockUtil): with more than one node ({@code pan.cluster.nodes}) each node reads
 * the stored offset at its start and the clock no longer moves, so that no two nodes ever run on different times.
 * Ordered before {@link ma.ogp.pan.cluster.SchemaLock} releases its lock, so that nodes starting together on an
 * empty database store one offset, the first's, and read it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@ConditionalOnExpression("${pan.demo.enabled:false} and '${pan.demo.clock-start:}' != ''")
public class DemoClock extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);
    private static final String OFFSET_PROPERTY = "pan.demo.clock-offset-ms";

    private final DemoProperties properties;
    private final ClusterProperties cluster;
    private ManagementService management;
    private long offsetMillis;

    DemoClock(DemoProperties properties, ClusterProperties cluster) {
        this.properties = properties;
        this.cluster = cluster;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        management = engine.getManagementService();
        String stored = management.getProperties().get(OFFSET_PROPERTY);
        apply(stored != null ? Long.parseLong(stored)
                : properties.clockStart().toInstant().toEpochMilli() - System.currentTimeMillis());
    }

    public synchronized Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Whether the secretariat may move the time: on a single node only. */
    public boolean isMovable() {
        return cluster.isSingleNode();
    }

    /** Moves the demo's time forward; timers that become due fire. */
    public synchronized Instant advance(Duration duration) {
        if (!isMovable()) {
            throw new IllegalStateException("Avec plusieurs nœuds, l'horloge de la démo reste fixe");
        }
        if (duration.isNegative() || duration.isZero() || duration.toDays() > 31) {
            throw new IllegalArgumentException("La démo avance de 1 heure à 31 jours, jamais en arrière");
        }
        apply(offsetMillis + duration.toMillis());
        return now();
    }

    private void apply(long offset) {
        offsetMillis = offset;
        ClockUtil.offset(offset);
        management.setProperty(OFFSET_PROPERTY, Long.toString(offset));
        LOG.info("Demo time is now {}", now());
    }
}
