package ma.ogp.pan.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's clock as a {@link Clock}: what the application records ("now") and what its timers compare with
 * are one and the same time, which the demo can move forward.
 */
@Configuration
public class EngineClock {

    @Bean
    Clock clock() {
        return new EngineTime(ZoneOffset.UTC);
    }

    private static final class EngineTime extends Clock {

        private final ZoneId zone;

        EngineTime(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineTime(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
