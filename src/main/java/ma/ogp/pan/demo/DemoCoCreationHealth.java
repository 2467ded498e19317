package ma.ogp.pan.demo;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's co-creation, started in the background on a first start, as health {@code demo}: always UP (the
 * application serves meanwhile), with where the start is for administrators and the secretariat.
 */
@Component("demoHealthIndicator")
@ConditionalOnProperty(name = "pan.demo.enabled", havingValue = "true")
class DemoCoCreationHealth implements HealthIndicator {

    private final DemoCoCreation coCreation;

    DemoCoCreationHealth(DemoCoCreation coCreation) {
        this.coCreation = coCreation;
    }

    @Override
    public Health health() {
        String progress = coCreation.progress();
        return progress == null ? Health.up().build() : Health.up().withDetail("coCreation", progress).build();
    }
}
