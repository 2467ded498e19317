package ma.ogp.pan.notification;

import java.util.List;
import java.util.Map;

/**
 * A mail to send: {@code template} names {@code templates/mail/<template>.html} and {@code .txt}, both rendered
 * with {@code model}; {@code attachments} go with it (an invitation's {@code .ics}).
 */
public record Mail(List<String> to, String subject, String template, Map<String, Object> model,
                   List<Attachment> attachments) {

    public Mail {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        to = List.copyOf(to);
        model = Map.copyOf(model);
        attachments = List.copyOf(attachments);
    }

    public Mail(List<String> to, String subject, String template, Map<String, Object> model) {
        this(to, subject, template, model, List.of());
    }

    /** A file sent with the mail; {@code contentType} may carry parameters (charset, method). */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
