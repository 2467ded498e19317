package ma.ogp.pan.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** For {@link OverdueTaskMeters}' look for new plans; the engine's timers run in its own job executor. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
