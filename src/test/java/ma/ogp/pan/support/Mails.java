package ma.ogp.pan.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what GreenMail received: the text parts and the recipient of a message. */
public final class Mails {

    private static final Pattern TASK_LINK =
            Pattern.compile("<a href=\"[^\"]*/camunda/app/tasklist/default/#/\\?task=([0-9a-f-]+)\"");

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

    /** The tasks a mail's HTML part links to (Tasklist's {@code #/?task=} links), each once, in the mail's order. */
    public static List<String> linkedTaskIds(MimeMessage message) {
        Matcher link = TASK_LINK.matcher(parts(message).get("text/html"));
        List<String> ids = new ArrayList<>();
        while (link.find()) {
            if (!ids.contains(link.group(1))) {
                ids.add(link.group(1));
            }
        }
        return ids;
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
