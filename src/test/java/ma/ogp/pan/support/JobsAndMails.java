package ma.ogp.pan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test of the application in its own JVM ({@link ForkedApplication}) reads from its database: the jobs still
 * due, the mails recorded and not yet sent, and the recorded mails against what GreenMail received.
 */
public final class JobsAndMails {

    private JobsAndMails() {
    }

    /** Jobs due by the demo's time that are still to run (locked or not). */
    public static int pendingJobs(JdbcClient db) {
        long offset = Long.parseLong(db.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = "
                + "'pan.demo.clock-offset-ms'").query(String.class).single());
        return db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)")
                .param(new Timestamp(System.currentTimeMillis() + offset)).query(Integer.class).single();
    }

    public static int unsentMails(JdbcClient db) {
        return db.sql("SELECT COUNT(*) FROM pan_sent_mail WHERE sent_at IS NULL").query(Integer.class).single();
    }

    /** Mails of new tasks not sent yet (TaskMailSender sends them every minute). */
    public static int unsentTaskMails(JdbcClient db) {
        return db.sql("SELECT COUNT(*) FROM pan_task_mail").query(Integer.class).single();
    }

    /** Nothing left to do now: no job due, no mail waiting for SMTP, no new task waiting for its mail. */
    public static boolean settled(JdbcClient db) {
        return pendingJobs(db) == 0 && unsentMails(db) == 0 && unsentTaskMails(db) == 0;
    }

    /**
     * Each recorded mail reached each of its recipients at least once and at most {@code extra} times more, and no
     * mail arrived without a record; returns how many arrived more than once.
     */
    public static int assertEveryMailArrived(JdbcClient db, GreenMail smtp, int extra) {
        Map<String, Integer> expected = new HashMap<>();
        db.sql("SELECT recipients, subject FROM pan_sent_mail").query((rs, i) -> {
            for (String to : rs.getString(1).split(",\\s*")) {
                expected.merge(address(to) + " | " + rs.getString(2), 1, Integer::sum);
            }
            return i;
        }).list();
        Map<String, Integer> received = new HashMap<>();
        // GreenMail keeps one copy of a message per recipient's mailbox: each sending counts once per recipient
        Set<String> sendings = new HashSet<>();
        try {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (!sendings.add(message.getMessageID())) {
                    continue;
                }
                for (Address to : message.getRecipients(Message.RecipientType.TO)) {
                    received.merge(address(((InternetAddress) to).getAddress()) + " | " + message.getSubject(), 1,
                            Integer::sum);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        int duplicates = 0;
        for (var mail : expected.entrySet()) {
            int got = received.getOrDefault(mail.getKey(), 0);
            assertThat(got).as(mail.getKey()).isBetween(mail.getValue(), mail.getValue() + extra);
            if (got > mail.getValue()) {
                System.out.println("received again: " + mail.getKey());
                duplicates += got - mail.getValue();
            }
        }
        assertThat(received.keySet()).as("no mail without a record").isSubsetOf(expected.keySet());
        return duplicates;
    }

    /** Waits until {@link #settled}; if it does not come, fails naming what is left (jobs, mails). */
    public static void awaitSettled(JdbcClient db, Duration timeout) throws InterruptedException {
        try {
            await(timeout, () -> settled(db));
        } catch (AssertionError e) {
            throw new AssertionError("not settled: " + db.sql("SELECT HANDLER_TYPE_, DUEDATE_, LOCK_EXP_TIME_, "
                    + "RETRIES_, EXCEPTION_MSG_ FROM ACT_RU_JOB").query().listOfRows() + ", unsent mails "
                    + unsentMails(db) + ", unsent task mails " + unsentTaskMails(db), e);
        }
    }

    public static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(end);
            Thread.sleep(5);
        }
    }

    private static String address(String text) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('<');
        return (open >= 0 ? trimmed.substring(open + 1, trimmed.indexOf('>', open)) : trimmed).toLowerCase();
    }
}
