package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.review.LifecycleFixture;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.TestSmtp;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** Issue 12: every new task is mailed to whoever is to act on it, one mail per person however many tasks. */
@PanIntegrationTest
abstract class TaskMailScenarios {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);
    private static final String MEMBER = "aameziane@pan3.example.org";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Autowired TaskMailSender sender;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired NotificationProperties settings;
    @Autowired JdbcClient db;
    // for a sender whose SMTP fails part-way
    @Autowired TaskMailOutbox outbox;
    @Autowired SentMailRepository records;
    @Autowired ObjectProvider<JavaMailSender> smtp;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;
    LifecycleFixture fixture;

    @BeforeEach
    void ownPlan() {
        db.sql("DELETE FROM pan_task_mail").update(); // the tasks other tests of this context created
        fixture = new LifecycleFixture(plans, committee, commitments);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aNewTaskIsMailedWithWhatWhyByWhenAndALink() throws Exception {
        long id = fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        ProcessInstance commitment = lifecycle.start(id);
        Task review = tasks.createTaskQuery().processInstanceId(commitment.getId()).taskAssignee("aameziane")
                .singleResult();

        assertThat(sender.sendDue()).isEqualTo(3); // the three members of the committee

        MimeMessage mail = to(MEMBER).get(0);
        String due = review.getDueDate().toInstant().atZone(settings.timeZone()).format(WHEN);
        assertThat(mail.getSubject()).isEqualTo("Nouvelle tâche : " + review.getName() + " – avant le " + due);
        String link = settings.taskLink(review.getId());
        assertThat(Mails.text(mail)).contains(review.getName(),
                "Pour : Engagement " + fixture.reference(id) + " « Programme d'appui aux collectivités territoriales "
                        + "ouvertes », porté par", "À terminer avant le " + due, "Ouvrir la tâche : " + link,
                "Secrétariat du PAN – Gouvernement ouvert", "secretariat-pan@pan3.example.org");
        assertThat(Mails.parts(mail).get("text/html")).contains("<a href=\"" + link + "\">",
                "<a href=\"mailto:secretariat-pan@pan3.example.org\">");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Secrétariat du PAN – Gouvernement ouvert");
        assertThat(from.getAddress()).isEqualTo("secretariat-pan@pan3.example.org");
        assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("secretariat-pan@pan3.example.org");

        assertThat(sender.sendDue()).as("each task mailed once").isZero();
    }

    @Test
    void twentyTwoReviewsOpenedAtOnceMakeOneMailPerMemberSortedByReference() throws Exception {
        // opened in reverse order: the mail sorts them by reference all the same
        IntStream.iterate(22, n -> n >= 1, n -> n - 1)
                .forEach(n -> lifecycle.start(fixture.commitment(n, "Engagement numéro " + n)));

        assertThat(sender.sendDue()).isEqualTo(3);

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        MimeMessage mail = to(MEMBER).get(0);
        assertThat(mail.getSubject()).isEqualTo("22 nouvelles tâches vous attendent dans l'application du PAN");
        String text = Mails.text(mail);
        List<Integer> positions = IntStream.rangeClosed(1, 22)
                .mapToObj(n -> text.indexOf("* " + fixture.plan.code() + "-%02d · ".formatted(n))).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(Mails.parts(mail).get("text/html").split("href=\"" + settings.baseUrl() + "/camunda/app/tasklist"))
                .hasSize(1 + 2 * 22); // each task's name and its "Ouvrir la tâche" link
    }

    @Test
    void aRevisionTellsTheFocalPointsWhatTheCommitteeAskedAndATaskDoneMeanwhileIsLeftOut() throws Exception {
        long id = fixture.commitment(3, "Plan de communication pour l'égalité");
        ProcessInstance commitment = lifecycle.start(id);
        List<Task> reviews = tasks.createTaskQuery().processInstanceId(commitment.getId()).list();
        reviews.forEach(t -> tasks.complete(t.getId(), Map.of("observationText", "Observation", "recommendedDecision", "REVISE")));
        Task consolidation = tasks.createTaskQuery().processInstanceId(commitment.getId()).singleResult();
        // completed as the secretary, who may not read the focal points' accounts: the mail finds them all the same
        identity.setAuthentication(LifecycleFixture.SECRETARY, List.of("secretariat"));
        tasks.complete(consolidation.getId(), Map.of("decision", "REVISE", "requestedChanges", List.of("ADD_ACTIVITIES")));
        identity.clearAuthentication();
        Task revision = tasks.createTaskQuery().processInstanceId(commitment.getId()).singleResult();

        sender.sendDue();

        MimeMessage mail = to("oamrani@pan3.example.org").get(0);
        assertThat(mail.getSubject()).startsWith("Nouvelle tâche : " + revision.getName());
        assertThat(Mails.text(mail)).contains("Demandé par le comité : Ajouter des activités",
                settings.taskLink(revision.getId()));
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(Mails::text))
                .as("the reviews and the consolidation were done before the mails went: not mailed")
                .noneMatch(text -> reviews.stream().anyMatch(r -> text.contains(r.getId())))
                .noneMatch(text -> text.contains(consolidation.getId()));
    }

    @Test
    void smtpFailingPartWayRetriesTheRestAndSendsNoMailTwice() {
        for (int n = 1; n <= 3; n++) {
            lifecycle.start(fixture.commitment(n, "Engagement numéro " + n));
        }
        AtomicInteger sends = new AtomicInteger();
        List<String> before = new ArrayList<>();
        MailService failingSecond = new MailService(smtp, settings, new SimpleMeterRegistry()) {
            @Override
            public void send(Mail mail) {
                if (sends.incrementAndGet() == 2) {
                    before.addAll(recipients()); // a stopped GreenMail forgets what it received
                    SMTP.stop();
                }
                super.send(mail);
            }
        };
        TaskMailSender flaky = new TaskMailSender(outbox, new OnceOnlyMailer(records, failingSecond, clock, transactions),
                tasks, commitments, plans, settings, transactions);

        assertThat(flaky.sendDue()).as("the first mail, then SMTP fails").isEqualTo(1);
        SMTP.start();
        assertThat(flaky.sendDue()).as("the retry: the two left").isEqualTo(2);
        assertThat(flaky.sendDue()).isZero();

        assertThat(before).hasSize(1);
        assertThat(Stream.concat(before.stream(), recipients().stream())).containsExactlyInAnyOrder(MEMBER, "hbennani@pan3.example.org",
                "ssallahi@pan3.example.org");
        assertThat(SMTP.getReceivedMessages()).allSatisfy(m -> assertThat(m.getSubject()).startsWith("3 nouvelles tâches"));
    }

    @Test
    void twoNodesSendingAtOnceSendEachMailOnce() throws Exception {
        for (int n = 1; n <= 5; n++) {
            lifecycle.start(fixture.commitment(n, "Engagement numéro " + n));
        }

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(sender::sendDue);

        assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(recipients()).containsExactlyInAnyOrder(MEMBER, "hbennani@pan3.example.org",
                "ssallahi@pan3.example.org");
    }

    private static List<MimeMessage> to(String address) {
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> Mails.recipients(m).contains(address)).toList();
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails;
    }

    private static List<String> recipients() {
        return Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()).toList();
    }
}
