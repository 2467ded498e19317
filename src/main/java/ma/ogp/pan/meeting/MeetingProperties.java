package ma.ogp.pan.meeting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reminderBefore how long before a scheduled meeting its invitees get the reminder */
@ConfigurationProperties("pan.meeting")
public record MeetingProperties(@DefaultValue("P1D") Duration reminderBefore) {
}
