package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail of the application goes over real SMTP, as HTML with a plain-text alternative, in UTF-8, from the
 * secretariat's name, replies to its address.
 */
@PanIntegrationTest
class MailServiceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired MailService mails;

    @Test
    void mailArrivesOverSmtpWithBothPartsAndAccents() throws Exception {
        mails.send(new Mail(List.of("h.mouradi@pan3.example.org"), "Relance : révision des fiches",
                "test-notice", Map.of("name", "Hatim MOURADI", "dueDate", "4 mars 2024")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Relance : révision des fiches");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("secretariat-pan@pan3.example.org");
        assertThat(from.getPersonal()).as("the sender's name").isEqualTo("Secrétariat du PAN – Gouvernement ouvert");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("secretariat-pan@pan3.example.org");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("h.mouradi@pan3.example.org");
        Map<String, String> parts = Mails.parts(mail);
        assertThat(parts.get("text/plain")).contains("Bonjour Hatim MOURADI", "L'échéance est fixée au 4 mars 2024",
                "http://localhost:8080/camunda/app/tasklist/");
        assertThat(parts.get("text/html")).contains("<strong>4 mars 2024</strong>",
                "href=\"http://localhost:8080/camunda/app/tasklist/\"");
    }
}
