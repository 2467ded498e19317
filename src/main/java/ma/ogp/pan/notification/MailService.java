package ma.ogp.pan.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends the application's mails (HTML with a plain-text alternative, in French) from the secretariat's name, replies
 * to its address; templates also get {@code baseUrl} for their links, {@code fromName} and {@code contact} for the
 * footer they all share (common.html, footer.txt). Without an SMTP server
 * ({@code spring.mail.host} unset) it writes them to the log instead, so the demo runs with no set-up.
 * Sending failures propagate: callers run in jobs that retry and end as incidents.
 */
@Service
public class MailService {

    private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;
    private final TemplateEngine templates = mailTemplates();
    private final Counter sentMails;
    private final Counter failedMails;

    MailService(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, MeterRegistry meters) {
        this.sender = sender;
        this.properties = properties;
        this.sentMails = Counter.builder("pan.mails.sent").description("Mails handed to the SMTP server")
                .register(meters);
        this.failedMails = Counter.builder("pan.mails.failed")
                .description("Mails the SMTP server refused or did not answer for (their job retries)").register(meters);
    }

    public void send(Mail mail) {
        Map<String, Object> variables = new HashMap<>(mail.model());
        variables.putIfAbsent("baseUrl", properties.baseUrl());
        variables.putIfAbsent("fromName", properties.fromName());
        variables.putIfAbsent("contact", properties.contact());
        Context context = new Context(Locale.FRENCH, variables);
        String text = templates.process(mail.template() + ".txt", context);
        String html = templates.process(mail.template() + ".html", context);
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            // recipients and text are personal data: at DEBUG only, which the H2 demo turns on to read its mails
            LOG.info("No SMTP server configured: mail '{}' to {} recipient(s) not sent", mail.subject(), mail.to().size());
            LOG.debug("Mail to {}\nSubject: {}\n{}", mail.to(), mail.subject(), text);
            return;
        }
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setReplyTo(properties.contact());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(text, html);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not build the mail '" + mail.subject() + "'", e);
        }
        try {
            smtp.send(message);
        } catch (MailException e) {
            failedMails.increment();
            throw e;
        }
        sentMails.increment();
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellWhereMailsGo(ApplicationReadyEvent event) {
        String host = event.getApplicationContext().getEnvironment().getProperty("spring.mail.host");
        if (host == null || host.isBlank()) {
            LOG.warn("Mail: no SMTP server configured (spring.mail.host); mails are logged instead (recipients and text at DEBUG)");
        } else {
            LOG.info("Mail: sent through SMTP {}:{} from {}, links to {}", host,
                    event.getApplicationContext().getEnvironment().getProperty("spring.mail.port", "25"),
                    properties.from(), properties.baseUrl());
        }
    }

    private static TemplateEngine mailTemplates() {
        // Spring's engine: SpEL in templates, like the web pages
        TemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
