package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.REVIEW_DUE;
import static ma.ogp.pan.review.LifecycleFixture.REVISION_DUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.plan.PlanCoCreation;
import ma.ogp.pan.process.FormInputException;
import ma.ogp.pan.process.Processes;
import ma.ogp.pan.support.Mails;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Windows, deadlines, extensions, reminders and escalations, with real SMTP. Timers are run by the test (the job
 * executor is off), whatever their due date; what is checked is which timers exist, when they are due, and what
 * they send.
 */
abstract class DeadlineScenarios extends ReviewProcessTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired ManagementService management;
    @Autowired PlanCoCreation coCreation;

    @Test
    void theReviewWindowClosesOnTimeRecordsMissingReviewsAndEscalatesOnce() throws Exception {
        long first = fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        long second = fixture.commitment(2, "Renforcement de la liberté de presse et de publication");
        ProcessInstance plan = startPlan();
        ProcessInstance window = calledInstance(plan);
        assertThat(window).isWaitingAt("Task_ExtendDeadline");
        Job deadline = timer(window, "Timer_DeadlineReached");
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(REVIEW_DUE.toInstant()));
        ProcessInstance firstLifecycle = lifecycleOf(first);
        assertThat(firstLifecycle).isWaitingAt("Task_ReviewCommitment");
        assertThat(lifecycleOf(second)).isWaitingAt("Task_ReviewCommitment");
        review(firstLifecycle, GOVERNMENT_MEMBER);

        management.executeJob(deadline.getId());

        assertThat(window).isEnded();
        assertThat(firstLifecycle).isWaitingAt("Task_ConsolidateReview");
        assertThat(reviews.missingReviewers(first)).containsExactlyElementsOf(CIVIL_SOCIETY_MEMBERS);
        assertThat(reviews.missingReviewers(second)).hasSize(3);
        runJobs(plan);
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(4); // one mail, four secretariat members
        assertThat(mails[0].getSubject()).startsWith("Fenêtre d'examen close");
        assertThat(Mails.text(mails[0])).contains(fixture.reference(first), "Houdna BENNANI");
        assertThat(plan).isWaitingAt("CallActivity_RevisionRound");
    }

    @Test
    void anExtensionIsRecordedMovesEveryTimerAndTellsWhoStillOwesWork() throws Exception {
        long id = fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        ProcessInstance plan = startPlan();
        ProcessInstance window = calledInstance(plan);
        ProcessInstance commitment = lifecycleOf(id);
        review(commitment, GOVERNMENT_MEMBER);
        Date oldDue = Date.from(REVIEW_DUE.toInstant());
        assertThat(reminderTimers(commitment)).hasSize(2).allSatisfy(j -> assertThat(j.getDuedate()).isBefore(oldDue));

        LocalDate newDay = REVIEW_DUE.atZoneSameInstant(ZoneId.of("Africa/Casablanca")).toLocalDate().plusDays(3);
        Task extend = task(window, "Task_ExtendDeadline");
        assertThat(tasks.getVariableLocal(extend.getId(), "deadlineLabel"))
                .isEqualTo("Remarques du comité sur les engagements proposés");
        identity.setAuthentication(LifecycleFixture.SECRETARY, List.of("secretariat"));
        tasks.complete(extend.getId(), Map.of("newDueDate", newDay.toString(),
                "extensionReason", "Prolongation décidée en réunion du comité de pilotage"));
        identity.clearAuthentication();
        runJobs(window); // the mails of the extension, then the window reopens its task with the new timer

        Deadline moved = plans.findDeadlines(fixture.plan.id()).stream()
                .filter(d -> d.kind().equals(Deadline.REVIEW_COMMENTS)).findFirst().orElseThrow();
        OffsetDateTime newDue = newDay.atTime(23, 59).atZone(ZoneId.of("Africa/Casablanca")).toOffsetDateTime();
        assertThat(moved.dueAt().toInstant()).isEqualTo(newDue.toInstant());
        DeadlineExtension extension = plans.findExtensions(moved.id()).get(0);
        assertThat(extension.extendedBy()).isEqualTo(LifecycleFixture.SECRETARY);
        assertThat(extension.previousDueAt().toInstant()).isEqualTo(REVIEW_DUE.toInstant());
        assertThat(extension.reason()).contains("comité de pilotage");
        // the window's timer is now the new date; the old date no longer fires anywhere
        assertThat(timer(window, "Timer_DeadlineReached").getDuedate()).isEqualTo(Date.from(newDue.toInstant()));
        assertThat(timer(window, "Timer_DeadlineReached").getDuedate()).isNotEqualTo(oldDue);
        assertThat(reminderTimers(commitment)).hasSize(2).allSatisfy(j -> assertThat(j.getDuedate())
                .isEqualTo(Date.from(newDue.minusDays(7).toInstant())));
        assertThat(tasks.createTaskQuery().processInstanceId(commitment.getId()).list())
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(newDue.toInstant())));
        assertThat(management.createJobQuery().processInstanceId(commitment.getId())
                .activityId("BoundaryEvent_ReviewRoundDue").singleResult().getDuedate())
                .isEqualTo(Date.from(newDue.toInstant()));

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()))
                .containsExactlyInAnyOrder("hbennani@pan3.example.org", "ssallahi@pan3.example.org");
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).startsWith("Délai prolongé jusqu'au");
        assertThat(window).isWaitingAt("Task_ExtendDeadline");
    }

    @Test
    void anExtensionToAnEarlierDateOrWithoutReasonIsRefusedAndNothingChanges() {
        fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        ProcessInstance window = calledInstance(startPlan());
        Task extend = task(window, "Task_ExtendDeadline");
        String earlier = REVIEW_DUE.toLocalDate().minusDays(1).toString();

        assertThatThrownBy(() -> tasks.complete(extend.getId(), Map.of("newDueDate", earlier, "extensionReason", "x")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("newDueDate");
        assertThatThrownBy(() -> tasks.complete(extend.getId(), Map.of("newDueDate", "2099-01-01")))
                .isInstanceOf(FormInputException.class).hasMessageContaining("extensionReason");

        long deadlineId = plans.findDeadlines(fixture.plan.id()).get(0).id();
        assertThat(plans.findExtensions(deadlineId)).isEmpty();
        assertThat(timer(window, "Timer_DeadlineReached").getDuedate()).isEqualTo(Date.from(REVIEW_DUE.toInstant()));
    }

    @Test
    void revisionRemindersGoOutAtEachOffsetThenOneEscalation() throws Exception {
        long id = fixture.commitment(10, "Plan de communication pour l'égalité");
        ProcessInstance commitment = atRevision(id);
        ProcessInstance notices = calledInstance(commitment);
        Task revise = task(commitment, "Task_ReviseCommitment");
        assertThat(revise.getDueDate()).isEqualTo(Date.from(REVISION_DUE.toInstant()));

        for (int days : new int[] {7, 3, 1}) {
            Job reminder = timer(notices, "Timer_NoticeDue");
            assertThat(reminder.getDuedate()).isEqualTo(Date.from(REVISION_DUE.minusDays(days).toInstant()));
            SMTP.purgeEmailFromAllMailboxes();
            management.executeJob(reminder.getId());
            runJobs(notices);
            MimeMessage[] sent = SMTP.getReceivedMessages();
            assertThat(sent).hasSize(4) // the four focal points of the lead institution
                    .allSatisfy(m -> assertThat(m.getSubject()).startsWith("Relance : 1 tâche(s) à terminer avant le"));
            assertThat(Mails.recipients(sent[0])).contains("aameziane@pan3.example.org", "oamrani@pan3.example.org");
            assertThat(Mails.text(sent[0])).contains(fixture.reference(id) + " · Réviser la fiche d'engagement",
                    "?task=" + revise.getId(), "dans " + days + " jour(s)");
        }
        Job escalation = timer(notices, "Timer_NoticeDue");
        assertThat(escalation.getDuedate()).isEqualTo(Date.from(REVISION_DUE.toInstant()));
        SMTP.purgeEmailFromAllMailboxes();
        management.executeJob(escalation.getId());
        runJobs(notices);
        MimeMessage[] escalated = SMTP.getReceivedMessages();
        assertThat(escalated).hasSize(4).allSatisfy(m -> assertThat(m.getSubject())
                .startsWith("Retard : Ministère de la Solidarité"));
        assertThat(Mails.recipients(escalated[0])).contains("oelmoustamide@pan3.example.org");
        assertThat(Mails.text(escalated[0])).contains("Ministère de la Solidarité");
        assertThat(notices).isEnded();
    }

    @Test
    void whoOwesManyTasksGetsOneReminderListingThem() throws Exception {
        ProcessInstance first = atRevision(fixture.commitment(10, "Plan de communication pour l'égalité"));
        ProcessInstance second = atRevision(fixture.commitment(11, "Dispositifs territoriaux pour la protection de l'enfance"));

        management.executeJob(timer(calledInstance(first), "Timer_NoticeDue").getId());
        runJobs(calledInstance(first));
        management.executeJob(timer(calledInstance(second), "Timer_NoticeDue").getId());
        runJobs(calledInstance(second));

        MimeMessage[] sent = SMTP.getReceivedMessages();
        assertThat(sent).hasSize(4); // one reminder, four focal points
        assertThat(sent[0].getSubject()).startsWith("Relance : 2 tâche(s)");
        assertThat(Mails.text(sent[0])).contains(fixture.plan.code() + "-10 · ", fixture.plan.code() + "-11 · ");
        assertThat(timer(calledInstance(second), "Timer_NoticeDue").getDuedate())
                .isEqualTo(Date.from(REVISION_DUE.minusDays(3).toInstant()));
    }

    @Test
    void whoHasFinishedGetsNoReminder() {
        long id = fixture.commitment(13, "Promotion de l'accès des femmes à l'information juridique et judiciaire");
        ProcessInstance commitment = lifecycle.start(id);
        assertThat(reminderTimers(commitment)).hasSize(3);

        review(commitment, GOVERNMENT_MEMBER);

        assertThat(reminderTimers(commitment)).hasSize(2);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(commitment.getId())
                .variableValueEquals("reviewer", GOVERNMENT_MEMBER).count()).isZero();
    }

    @Test
    void aMailThatCannotBeSentRetriesBecomesAnIncidentAndIsSentOnceWhenSmtpIsBack() throws Exception {
        long id = fixture.commitment(11, "Dispositifs territoriaux intégrés pour la protection de l'enfance");
        ProcessInstance notices = calledInstance(atRevision(id));
        management.executeJob(timer(notices, "Timer_NoticeDue").getId());
        Job send = management.createJobQuery().processInstanceId(notices.getId()).messages().singleResult();

        SMTP.stop();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> management.executeJob(send.getId())).isNotNull();
        }
        assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(notices.getId()).count()).isEqualTo(1);

        SMTP.start();
        management.setJobRetries(send.getId(), 1);
        management.executeJob(send.getId());

        assertThat(SMTP.getReceivedMessages()).hasSize(4);
        assertThat(runtime.createIncidentQuery().processInstanceId(notices.getId()).count()).isZero();
        assertThat(timer(notices, "Timer_NoticeDue").getDuedate()).isEqualTo(Date.from(REVISION_DUE.minusDays(3).toInstant()));
    }

    @Test
    void aReminderWaveSentAtOnceGivesEachMemberOneMailAndLogsNoError() throws Exception {
        List<ProcessInstance> commitments = IntStream.rangeClosed(21, 24)
                .mapToObj(n -> lifecycle.start(fixture.commitment(n, "Engagement " + n))).toList();
        commitments.forEach(c -> reminderTimers(c).forEach(timer -> management.executeJob(timer.getId())));
        List<Job> sends = commitments.stream().flatMap(c -> runtime.createProcessInstanceQuery()
                .superProcessInstanceId(c.getId()).list().stream())
                .flatMap(notices -> management.createJobQuery().processInstanceId(notices.getId()).messages().list().stream())
                .toList();
        assertThat(sends).hasSize(12); // four commitments, three members each, one key per member

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        // as many threads as the job executor has (camunda.bpm.job-execution.max-pool-size)
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<Object>> runs = nodes.invokeAll(sends.stream().map(job -> (Callable<Object>) () -> {
                if (sends.indexOf(job) < 4) {
                    together.await();
                }
                management.executeJob(job.getId());
                return null;
            }).toList());
            for (Future<Object> run : runs) {
                run.get(); // no job failed
            }
        } finally {
            nodes.shutdownNow();
            root.detachAppender(log);
        }

        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()))
                .containsExactlyInAnyOrder("aameziane@pan3.example.org", "hbennani@pan3.example.org",
                        "ssallahi@pan3.example.org");
        assertThat(SMTP.getReceivedMessages()).allSatisfy(m -> assertThat(m.getSubject()).startsWith("Relance : 4 tâche(s)"));
    }

    /** Starts the fixture plan's co-creation and closes its call for commitments, as the secretariat would. */
    private ProcessInstance startPlan() {
        ProcessInstance plan = coCreation.start(fixture.plan.code());
        assertThat(plan).isWaitingAt("Task_CloseCallForCommitments");
        tasks.complete(task(plan, "Task_CloseCallForCommitments").getId(), Map.of("stageDone", true));
        return plan;
    }

    private ProcessInstance atRevision(long id) {
        ProcessInstance commitment = lifecycle.start(id);
        for (String reviewer : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            review(commitment, reviewer);
        }
        Task consolidation = task(commitment, "Task_ConsolidateReview");
        tasks.complete(consolidation.getId(), Map.of("decision", "REVISE", "requestedChanges", List.of("ADD_ACTIVITIES")));
        assertThat(commitment).isWaitingAt("Task_ReviseCommitment");
        return commitment;
    }

    private void review(ProcessInstance commitment, String reviewer) {
        Task own = tasks.createTaskQuery().processInstanceId(commitment.getId()).taskAssignee(reviewer).singleResult();
        tasks.complete(own.getId(), Map.of("observationText", "Observation", "recommendedDecision", "REVISE"));
    }

    private List<Job> reminderTimers(ProcessInstance commitment) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(commitment.getId()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().list().stream())
                .toList();
    }

    private ProcessInstance lifecycleOf(long commitmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Processes.COMMITMENT_LIFECYCLE)
                .processInstanceBusinessKey(fixture.reference(commitmentId)).singleResult();
    }

    private ProcessInstance calledInstance(ProcessInstance parent) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult();
    }

    /** Runs the instance's asynchronous jobs (mails) that are not timers. */
    private void runJobs(ProcessInstance instance) {
        management.createJobQuery().processInstanceId(instance.getId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
