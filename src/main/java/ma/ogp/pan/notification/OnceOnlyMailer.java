package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a mail at most once per key. The key is written first and the mail sent in the same transaction: a failed
 * send rolls the key back, so the retried job sends it; a sent mail's key stays, so a retry does not resend it.
 */
@Service
public class OnceOnlyMailer {

    private static final Logger LOG = LoggerFactory.getLogger(OnceOnlyMailer.class);

    private final SentMailRepository sent;
    private final MailService mails;
    private final Clock clock;

    OnceOnlyMailer(SentMailRepository sent, MailService mails, Clock clock) {
        this.sent = sent;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean alreadySent(String key) {
        return sent.exists(key);
    }

    /** @return whether the mail went out now (false: already sent under this key, or nobody to send it to) */
    @Transactional
    public boolean send(String key, Mail mail) {
        if (sent.exists(key)) {
            LOG.info("Mail {} already sent: not sending it again", key);
            return false;
        }
        sent.insert(key, mail.to(), mail.subject(), OffsetDateTime.now(clock));
        mails.send(mail);
        return true;
    }
}
