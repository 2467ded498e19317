package ma.ogp.pan.notification;

import java.util.List;
import java.util.Map;

/**
 * A mail to send: {@code template} names {@code templates/mail/<template>.html} and {@code .txt}, both rendered
 * with {@code model}.
 */
public record Mail(List<String> to, String subject, String template, Map<String, Object> model) {

    public Mail {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        to = List.copyOf(to);
        model = Map.copyOf(model);
    }
}
