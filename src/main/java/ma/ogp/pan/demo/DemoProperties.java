package ma.ogp.pan.demo;

import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled          load the PAN3 demo at start-up (default run: yes; postgres profile: no)
 * @param password         the password of every demo user; empty (postgres profile): a random one per user, logged once
 * @param startCoCreation  start PAN3's co-creation process, so that Tasklist and Cockpit have work to show; started in
 *                         the background once the application is ready ({@link DemoCoCreation})
 * @param clockStart       where the demo's time starts (the day of the minutes), or empty for real time
 */
@ConfigurationProperties("pan.demo")
public record DemoProperties(boolean enabled, String password, boolean startCoCreation, OffsetDateTime clockStart) {
}
