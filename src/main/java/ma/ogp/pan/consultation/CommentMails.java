package ma.ogp.pan.consultation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.ogp.pan.config.PublicLocaleResolver;
import ma.ogp.pan.notification.Mail;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.notification.OnceOnlyMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the author of a comment who left an address: a confirmation on submission, then the moderation's outcome
 * (published, or rejected with its reason), in the language of the page she wrote from. Sent here, in the
 * background, from the comments marked {@code mails_due}: the submission never waits for SMTP nor fails with it,
 * and a mail SMTP refused is tried again at the next round. Each mail goes through {@link OnceOnlyMailer} under the
 * comment's key, and the comments being mailed stay locked until their mark is cleared: a retry, a restart after a
 * crash or a second node sends none twice.
 */
@Component
class CommentMails {

    private static final Logger LOG = LoggerFactory.getLogger(CommentMails.class);
    /** Small: a moderation of one of these comments waits for the batch's SMTP round trips. */
    static final int BATCH = 10;

    private final PublicCommentRepository comments;
    private final OnceOnlyMailer mailer;
    private final MessageSource texts;
    private final NotificationProperties settings;
    private final TransactionTemplate transaction;

    CommentMails(PublicCommentRepository comments, OnceOnlyMailer mailer, MessageSource texts,
                 NotificationProperties settings, PlatformTransactionManager transactions) {
        this.comments = comments;
        this.mailer = mailer;
        this.texts = texts;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${pan.consultation.comment-mails-every:PT30S}",
            initialDelayString = "${pan.consultation.comment-mails-every:PT30S}")
    void sendDueInBackground() {
        sendDue();
    }

    /**
     * Sends every mail due, batch after batch, and returns for how many comments; SMTP's refusal ends the round
     * (what was sent stays sent).
     */
    int sendDue() {
        int done = 0;
        int batch;
        do {
            batch = transaction.execute(status -> sendBatch());
            done += batch;
        } while (batch == BATCH);
        return done;
    }

    /** Returns how many comments it cleared: fewer than {@link #BATCH} when none is left or SMTP refused one. */
    private int sendBatch() {
        List<Long> due = comments.lockMailsDue(BATCH);
        int done = 0;
        try {
            for (long id : due) {
                send(comments.findForMail(id));
                comments.clearMailsDue(id);
                done++;
            }
        } catch (MailException refused) {
            // the cleared marks commit; the rest wait for the next round
            LOG.warn("Comment mails: SMTP refused or did not answer ({}); {} comment(s) wait for the next round",
                    refused.getMessage(), due.size() - done);
            return done;
        }
        return due.size();
    }

    private void send(CommentMail comment) {
        mailer.send("COMMENT_RECEIVED:" + comment.id(), mail(comment, "received"));
        if (comment.status() != CommentStatus.PENDING) {
            mailer.send("COMMENT_MODERATED:" + comment.id(),
                    mail(comment, comment.status() == CommentStatus.APPROVED ? "published" : "rejected"));
        }
    }

    private Mail mail(CommentMail comment, String kind) {
        Locale locale = Locale.forLanguageTag(PublicLocaleResolver.LANGUAGES.contains(comment.language())
                ? comment.language() : "fr");
        String reason = comment.rejectionReason() == null ? ""
                : text("mail.comment.reason." + comment.rejectionReason().name(), locale);
        Object[] args = {comment.reference(), comment.commitmentTitle(), reason};
        return new Mail(List.of(comment.email()), text("mail.comment." + kind + ".subject", locale, args), "comment",
                Map.of("lang", locale.getLanguage(), "rtl", "ar".equals(locale.getLanguage()),
                        "greeting", text("mail.comment.greeting", locale),
                        "paragraphs", List.of(text("mail.comment." + kind + ".intro", locale, args),
                                text("mail.comment." + kind + ".next", locale, args)),
                        "yours", text("mail.comment.yours", locale),
                        "body", comment.body(),
                        "linkLabel", text("mail.comment.link", locale),
                        "link", settings.baseUrl() + "/consultation/" + comment.reference() + "?lang="
                                + locale.getLanguage(),
                        "signature", text("mail.comment.signature", locale),
                        "why", text("mail.comment.why", locale)));
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getMessage(key, args, locale);
    }
}
