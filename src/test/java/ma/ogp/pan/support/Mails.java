package ma.ogp.pan.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what GreenMail received: the text parts and the recipient of a message. */
public final class Mails {

    private Mails() {
    }

    /** The message's text parts by MIME type ({@code text/plain}, {@code text/html}). */
    public static Map<String, String> parts(MimeMessage message) {
        Map<String, String> parts = new HashMap<>();
        try {
            collect(message, parts);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }

    public static String text(MimeMessage message) {
        return parts(message).get("text/plain");
    }

    /** Every address the message was sent to. */
    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, Map<String, String> parts) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            parts.put(part.getContentType().split(";")[0].trim().toLowerCase(), part.getContent().toString());
        }
    }
}
