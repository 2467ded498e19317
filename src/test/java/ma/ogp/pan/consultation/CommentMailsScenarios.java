package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.TestSmtp;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen who leaves an address gets her comment's confirmation, then its publication or rejection (with the
 * reason), each once, over real SMTP, in the language she wrote in; none without an address; the submission works
 * with SMTP down and the mails follow once it is back.
 */
@PanIntegrationTest
abstract class CommentMailsScenarios {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired CommentMails commentMails;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired JdbcClient jdbc;
    ActionPlan plan;
    String reference;
    Visitor visitor;
    /** Each test's own address: the database, and its comments, are shared with the other tests. */
    String address;

    @BeforeEach
    void openConsultation() {
        plan = ConsultationScenarios.openOnTwoCommitments(plans, committee, commitments, consultations);
        reference = plan.code() + "-01";
        visitor = new Visitor(port);
        address = "citoyenne" + System.nanoTime() + "@example.org";
    }

    @Test
    void aCommentWithAnAddressIsConfirmedOnceAndOneWithoutGetsNothing() {
        assertThat(post("Publier le calendrier des guichets.\nEt les délais.", address).statusCode()).isEqualTo(302);
        assertThat(post("Sans adresse", null).statusCode()).isEqualTo(302);

        commentMails.sendDue();
        commentMails.sendDue();

        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("Votre contribution sur " + reference + " a bien été reçue");
        String link = "http://localhost:8080/consultation/" + reference + "?lang=fr";
        assertThat(text(mails.get(0))).contains("Publier le calendrier des guichets.\nEt les délais.",
                reference + " – Faciliter l'accès aux services publics en amazighe", "publiée après modération", link);
        assertThat(Mails.parts(mails.get(0)).get("text/html")).contains("<a href=\"" + link + "\">", "lang=\"fr\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pan_public_comment WHERE commitment_id = ? AND mails_due")
                .param(commitmentId()).query(Integer.class).single()).isZero();

        // a retry, or a second node, that finds the comment due again sends nothing more
        jdbc.sql("UPDATE pan_public_comment SET mails_due = TRUE WHERE commitment_id = ?").param(commitmentId()).update();
        commentMails.sendDue();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(SMTP.getReceivedMessages()).noneMatch(m -> text(m).contains("Sans adresse"));
    }

    @Test
    void thePublicationAndTheRejectionWithItsReasonAreMailedOnceEach() {
        String other = "autre" + address;
        post("Contribution à publier", address);
        post("Contribution hors sujet", other);
        post("Rejetée en bloc, sans adresse", null);
        List<Long> ids = ids();
        commentMails.sendDue();

        consultations.moderate(List.of(ids.get(0)), true, null, "oelmoustamide");
        ModerationFilter wholeDraft = consultations.filter(consultations.consultationOf(reference), reference, null,
                null, null);
        assertThat(consultations.moderate(consultations.consultationOf(reference), wholeDraft, false,
                RejectionReason.OFF_TOPIC, "oelmoustamide")).isEqualTo(2);
        commentMails.sendDue();
        commentMails.sendDue();

        assertThat(mailsTo(address)).extracting(CommentMailsScenarios::subject).containsExactly(
                "Votre contribution sur " + reference + " a bien été reçue",
                "Votre contribution sur " + reference + " est publiée");
        assertThat(text(mailsTo(address).get(1))).contains("Contribution à publier", "a été publiée");
        assertThat(mailsTo(other)).extracting(CommentMailsScenarios::subject).containsExactly(
                "Votre contribution sur " + reference + " a bien été reçue",
                "Votre contribution sur " + reference + " n'a pas été publiée");
        assertThat(text(mailsTo(other).get(1))).contains("Contribution hors sujet", "Motif : hors sujet.");

        jdbc.sql("UPDATE pan_public_comment SET mails_due = TRUE WHERE commitment_id = ?").param(commitmentId()).update();
        commentMails.sendDue();
        assertThat(mailsTo(address)).hasSize(2);
        assertThat(mailsTo(other)).hasSize(2);
    }

    @Test
    void twoNodesSendingAtOnceSendEachMailOnce() throws Exception {
        List<String> addresses = IntStream.range(0, 2 * CommentMails.BATCH + 5).mapToObj(i -> i + address).toList();
        addresses.forEach(to -> post("Contribution de " + to, to));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(commentMails::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(commentMails::sendDue);
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        commentMails.sendDue();

        assertThat(addresses).allSatisfy(to -> assertThat(mailsTo(to)).hasSize(1));
    }

    @Test
    void theCommentIsTakenWithSmtpDownAndConfirmedOnceSmtpIsBack() {
        SMTP.stop();
        try {
            assertThat(post("Envoyée pendant la panne", address).statusCode()).isEqualTo(302);
            commentMails.sendDue(); // refused by SMTP: the comment stays due
            assertThat(jdbc.sql("SELECT mails_due FROM pan_public_comment WHERE commitment_id = ?")
                    .param(commitmentId()).query(Boolean.class).single()).isTrue();
        } finally {
            SMTP.start();
        }
        commentMails.sendDue();
        commentMails.sendDue();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(text(mailsTo(address).get(0))).contains("Envoyée pendant la panne");
    }

    @Test
    void anArabicCommentIsAnsweredInArabicRightToLeft() {
        visitor.get("/consultation/" + reference + "?lang=ar");
        post(ConsultationScenarios.ARABIC, address);
        consultations.moderate(ids(), false, RejectionReason.DUPLICATE, "oelmoustamide");
        commentMails.sendDue();

        assertThat(mailsTo(address)).extracting(CommentMailsScenarios::subject)
                .containsExactly("تم استلام مساهمتكم حول " + reference, "لم تُنشر مساهمتكم حول " + reference);
        assertThat(Mails.parts(mailsTo(address).get(1)).get("text/html")).contains("lang=\"ar\"", "dir=\"rtl\"",
                "السبب: مساهمة مكررة", ConsultationScenarios.ARABIC, "?lang=ar");
    }

    @Test
    void theAddressIsShownNeitherToTheSecretariatNorToThePublic() {
        post("Avec adresse", address);
        consultations.moderate(ids(), true, null, "oelmoustamide");
        Visitor secretary = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        post("En attente, avec adresse", address);

        assertThat(secretary.get("/app/consultation/moderation?engagement=" + reference).body())
                .contains("En attente, avec adresse").doesNotContain(address);
        assertThat(visitor.get("/consultation/" + reference).body()).contains("Avec adresse").doesNotContain(address);
        assertThat(visitor.get("/donnees/" + plan.code() + "/commentaires.csv").body()).contains("Avec adresse")
                .doesNotContain(address);
        assertThat(visitor.get("/donnees/" + plan.code() + "/commentaires.json").body()).contains("Avec adresse")
                .doesNotContain(address);
    }

    private HttpResponse<String> post(String body, String email) {
        Map<String, String> fields = ConsultationScenarios.comment(body);
        if (email == null) {
            fields.remove("email");
        } else {
            fields.put("email", email);
        }
        return visitor.submit("/consultation/" + reference, "/consultation/" + reference + "/commentaires", fields, true);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mails.recipients(m).contains(to)).toList();
    }

    /** The plain-text part with its line breaks as written (SMTP sends CRLF). */
    private static String text(MimeMessage message) {
        return Mails.text(message).replace("\r\n", "\n");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long commitmentId() {
        return commitments.findByReference(reference).orElseThrow().id();
    }

    private List<Long> ids() {
        return jdbc.sql("SELECT id FROM pan_public_comment WHERE commitment_id = ? ORDER BY id")
                .param(commitmentId()).query(Long.class).list();
    }
}
