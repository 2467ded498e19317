package ma.ogp.pan.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's work in progress, read at each scrape by count queries (no rows fetched). The job executor's own
 * meters are flushed to the database every 15 minutes and reset: counts of the current state are what an alert needs.
 */
@Component
class EngineMeters implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;

    EngineMeters(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pan.engine.jobs", management, m -> m.createJobQuery().acquired().count())
                .tag("state", "acquired").description("Jobs locked by a job executor now").register(registry);
        Gauge.builder("pan.engine.jobs", management, m -> m.createJobQuery().withException().count())
                .tag("state", "failed").description("Jobs whose last run failed (retrying, or an incident)")
                .register(registry);
        Gauge.builder("pan.engine.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents: a job out of retries, waiting for an operator in Cockpit")
                .register(registry);
    }
}
