package ma.ogp.pan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  load the PAN3 demo at start-up (default run: yes; postgres profile: no)
 * @param password the password of every demo user
 */
@ConfigurationProperties("pan.demo")
public record DemoProperties(boolean enabled, String password) {
}
