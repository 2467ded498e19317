package ma.ogp.pan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from    the sender of every mail of the application
 * @param baseUrl where users reach the application, for the links in mails
 */
@ConfigurationProperties("pan.notification")
public record NotificationProperties(String from, String baseUrl) {
}
