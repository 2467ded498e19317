package ma.ogp.pan.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail at most once per key, each mail in units of work of its own, apart from the caller's transaction
 * (a job sending a loop of mails, which may fail or crash after some of them went out):
 * <ol>
 * <li>the key is recorded and committed: a retried job, or another node, finds it and records nothing new;</li>
 * <li>the record is claimed ({@code FOR UPDATE SKIP LOCKED}), the mail handed to SMTP and the record marked sent,
 * committed at once. A refused send rolls back only the claim and fails the caller: its job retries, ends as an
 * incident, and then sends only the mails not marked sent. A record another transaction holds is being sent
 * there: skipped here; should that send fail, that transaction's own job retries it.</li>
 * </ol>
 * Exactly once is impossible over SMTP: a crash after SMTP accepted the mail and before the commit leaves the
 * record unsent, and the retry sends that one mail again (at most one duplicate per crash, none lost).
 */
@Service
public class OnceOnlyMailer {

    private static final Logger LOG = LoggerFactory.getLogger(OnceOnlyMailer.class);

    private final SentMailRepository sent;
    private final MailService mails;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    OnceOnlyMailer(SentMailRepository sent, MailService mails, Clock clock, PlatformTransactionManager transactions) {
        this.sent = sent;
        this.mails = mails;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a mail was recorded under this key (sent, or being sent): it is not to be planned again. */
    public boolean recorded(String key) {
        return sent.exists(key);
    }

    public void send(String key, Mail mail) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> sent.recordIfAbsent(key, mail.to(), mail.subject(), OffsetDateTime.now(clock)));
        } catch (DuplicateKeyException recordedMeanwhile) {
            // another transaction recorded the same key since the check: it is that mail, recorded once
        }
        boolean sentNow = Boolean.TRUE.equals(ownTransaction.execute(status -> {
            if (!sent.claimUnsent(key)) {
                return false;
            }
            mails.send(mail);
            sent.markSent(key, OffsetDateTime.now(clock));
            return true;
        }));
        if (!sentNow) {
            LOG.info("Mail {} already sent or being sent: not sending it again", key);
        }
    }
}
