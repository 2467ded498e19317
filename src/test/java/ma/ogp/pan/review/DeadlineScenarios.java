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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.plan.DeadlineService;
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
        Task consolidation = task(firstLifecycle, "Task_ConsolidateReview");
        assertThat(Mails.parts(mails[0]).get("text/html")).as("a link to each consolidation task")
                .contains("?task=" + consolidation.getId() + "\">" + fixture.reference(first) + " · Consolider",
                        "?task=" + task(lifecycleOf(second), "Task_ConsolidateReview").getId());
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
        // one reminders instance per member for the whole plan, none in the lifecycle
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(commitment.getId()).count()).isZero();
        assertThat(reviewReminderTimers()).hasSize(3).allSatisfy(j -> assertThat(j.getDuedate()).isBefore(oldDue));

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
        assertThat(reviewReminderTimers()).hasSize(3).allSatisfy(j -> assertThat(j.getDuedate())
                .isEqualTo(Date.from(newDue.minusDays(7).toInstant())));
        assertThat(tasks.createTaskQuery().processInstanceId(commitment.getId()).list())
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(newDue.toInstant())));
        assertThat(management.createJobQuery().processInstanceId(commitment.getId())
                .activityId("BoundaryEvent_ReviewRoundDue").singleResult().getDuedate())
                .isEqualTo(Date.from(newDue.plus(DeadlineService.SAFETY_NET).toInstant()));

        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(m -> Mails.recipients(m).stream()))
                .containsExactlyInAnyOrder("hbennani@pan3.example.org", "ssallahi@pan3.example.org");
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).startsWith("Délai prolongé jusqu'au");
        assertThat(Mails.text(SMTP.getReceivedMessages()[0]))
                .contains("Motif : Prolongation décidée en réunion du comité de pilotage");
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

        Map<Integer, String> subjects = Map.of(7, "Rappel : 1 tâche(s) à terminer dans 7 jours, avant le ",
                3, "Avant-dernier rappel : 1 tâche(s) à terminer dans 3 jours, avant le ",
                1, "Dernier rappel : 1 tâche(s) à terminer demain, avant le ");
        for (int days : new int[] {7, 3, 1}) {
            Job reminder = timer(notices, "Timer_NoticeDue");
            assertThat(reminder.getDuedate()).isEqualTo(Date.from(REVISION_DUE.minusDays(days).toInstant()));
            SMTP.purgeEmailFromAllMailboxes();
            management.executeJob(reminder.getId());
            runJobs(notices);
            MimeMessage[] sent = SMTP.getReceivedMessages();
            assertThat(sent).hasSize(4) // the four focal points of the lead institution
                    .allSatisfy(m -> assertThat(m.getSubject()).startsWith(subjects.get(days)));
            assertThat(Mails.recipients(sent[0])).contains("aameziane@pan3.example.org", "oamrani@pan3.example.org");
            assertThat(Mails.text(sent[0])).contains(fixture.reference(id) + " · Réviser la fiche d'engagement",
                    " (demandé par le comité : Ajouter des activités) : ", "?task=" + revise.getId(),
                    "dans " + days + " jour(s)");
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
        assertThat(sent[0].getSubject()).startsWith("Rappel : 2 tâche(s) à terminer dans 7 jours");
        String text = Mails.text(sent[0]);
        assertThat(text.indexOf(fixture.plan.code() + "-10 · ")).isPositive()
                .isLessThan(text.indexOf(fixture.plan.code() + "-11 · "));
        assertThat(timer(calledInstance(second), "Timer_NoticeDue").getDuedate())
                .isEqualTo(Date.from(REVISION_DUE.minusDays(3).toInstant()));
    }

    @Test
    void theReviewWindowRemindsEachMemberOnceForAllReviewsAndStopsWhenNothingIsOwed() throws Exception {
        long first = fixture.commitment(13, "Promotion de l'accès des femmes à l'information juridique et judiciaire");
        long second = fixture.commitment(12, "Budget citoyen des collectivités territoriales");
        ProcessInstance plan = startPlan();
        assertThat(plan).hasPassed("Task_StartReviewReminders");
        List<ProcessInstance> reminders = reviewReminders();
        assertThat(reminders).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
                fixture.plan.code() + ":REVIEW_COMMENTS:" + GOVERNMENT_MEMBER,
                fixture.plan.code() + ":REVIEW_COMMENTS:" + CIVIL_SOCIETY_MEMBERS.get(0),
                fixture.plan.code() + ":REVIEW_COMMENTS:" + CIVIL_SOCIETY_MEMBERS.get(1));
        review(lifecycleOf(first), GOVERNMENT_MEMBER);
        review(lifecycleOf(second), GOVERNMENT_MEMBER);
        ProcessInstance finished = reminderOf(Deadline.REVIEW_COMMENTS, GOVERNMENT_MEMBER);
        ProcessInstance owing = reminderOf(Deadline.REVIEW_COMMENTS, CIVIL_SOCIETY_MEMBERS.get(0));

        management.executeJob(timer(finished, "Timer_NoticeDue").getId());
        runJobs(finished);
        management.executeJob(timer(owing, "Timer_NoticeDue").getId());
        runJobs(owing);

        assertThat(finished).isEnded().hasPassed("EndEvent_NothingOwed");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(Mails.recipients(mail)).containsExactly("hbennani@pan3.example.org");
        assertThat(mail.getSubject()).startsWith("Rappel : 2 tâche(s) à terminer dans 7 jours");
        String text = Mails.text(mail);
        assertThat(text.indexOf(fixture.reference(second))).isPositive().isLessThan(text.indexOf(fixture.reference(first)));
        assertThat(timer(owing, "Timer_NoticeDue").getDuedate()).isEqualTo(Date.from(REVIEW_DUE.minusDays(3).toInstant()));
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

    /**
     * The wave that logged OptimisticLockingException and ENGINE-16004 when each lifecycle called the reminders of
     * each member: now the reminders of three members over eight commitments run on four threads at each offset,
     * while a member hands in every review at once. No job fails, the engine logs no warning, each member owing work
     * gets exactly one mail per offset, and the member who owes nothing gets none and is reminded no more.
     */
    @Test
    void aReminderWaveOnManyThreadsWhileMembersReviewGivesOneMailPerMemberAndOffset() throws Exception {
        List<Long> ids = IntStream.rangeClosed(21, 28).mapToObj(n -> fixture.commitment(n, "Engagement " + n)).toList();
        startPlan();
        List<ProcessInstance> reminders = reviewReminders();
        assertThat(reminders).hasSize(3);
        String early = CIVIL_SOCIETY_MEMBERS.get(1);

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        ExecutorService threads = Executors.newFixedThreadPool(4); // as many as the job executor has
        try {
            for (int days : new int[] {7, 3, 1}) {
                List<Callable<Object>> timers = new ArrayList<>(reminders.stream()
                        .filter(r -> runtime.createProcessInstanceQuery().processInstanceId(r.getId()).count() > 0)
                        .map(r -> run(() -> management.executeJob(timer(r, "Timer_NoticeDue").getId()))).toList());
                if (days == 3) { // the member hands in all eight reviews while the timers fire
                    ids.forEach(id -> timers.add(run(() -> review(lifecycleOf(id), early))));
                }
                together(threads, timers);
                together(threads, reminders.stream().flatMap(r -> management.createJobQuery()
                        .processInstanceId(r.getId()).messages().list().stream())
                        .map(job -> run(() -> management.executeJob(job.getId()))).toList());
            }
        } finally {
            threads.shutdownNow();
            root.detachAppender(log);
        }

        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                && e.getLoggerName().startsWith("org.camunda")).isEmpty();
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
        assertThat(runtime.createIncidentQuery().count()).isZero();
        List<String> received = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            received.add(Mails.recipients(mail).get(0) + " " + subjectStart(mail));
        }
        assertThat(received).containsExactlyInAnyOrder(
                "aameziane@pan3.example.org Rappel : 8", "hbennani@pan3.example.org Rappel : 8",
                "ssallahi@pan3.example.org Rappel : 8",
                "aameziane@pan3.example.org Avant-dernier rappel : 8", "hbennani@pan3.example.org Avant-dernier rappel : 8",
                "aameziane@pan3.example.org Dernier rappel : 8", "hbennani@pan3.example.org Dernier rappel : 8");
        assertThat(reviewReminders()).isEmpty();
    }

    /**
     * At the review deadline the plan closes every lifecycle's round (ReviewWindowClosed) in the window's timer job;
     * each lifecycle's own round timer, its safety net, is due an hour later, so that the two never run together
     * (they did: the plan's job failed with OptimisticLockingException against each lifecycle's timer job).
     */
    @Test
    void theJobsDueAtTheReviewDeadlineRunTogetherWithoutConflict() throws Exception {
        IntStream.rangeClosed(31, 38).forEach(n -> fixture.commitment(n, "Engagement " + n));
        ProcessInstance plan = startPlan();
        List<ProcessInstance> started = runtime.createProcessInstanceQuery()
                .processDefinitionKey(Processes.COMMITMENT_LIFECYCLE).variableValueEquals("planId", fixture.plan.id())
                .list();
        Set<String> ofThePlan = new HashSet<>(List.of(calledInstance(plan).getId()));
        Stream.concat(started.stream(), reviewReminders().stream()).forEach(p -> ofThePlan.add(p.getId()));
        Date deadline = Date.from(REVIEW_DUE.toInstant());
        List<Job> due = management.createJobQuery().duedateLowerThen(new Date(deadline.getTime() + 1)).list().stream()
                .filter(job -> ofThePlan.contains(job.getProcessInstanceId())).toList();
        assertThat(due).filteredOn(job -> job.getDuedate().equals(deadline)).singleElement()
                .satisfies(job -> assertThat(job.getProcessInstanceId()).isEqualTo(calledInstance(plan).getId()));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            together(threads, due.stream().map(job -> run(() -> management.executeJob(job.getId()))).toList());
        } finally {
            threads.shutdownNow();
        }

        assertThat(started).hasSize(8).allSatisfy(c -> assertThat(c).isWaitingAt("Task_ConsolidateReview"));
        assertThat(plan).hasPassed("Task_CloseReviewWindow");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    private static String subjectStart(MimeMessage mail) throws MessagingException {
        String subject = mail.getSubject();
        return subject.substring(0, subject.indexOf(" tâche(s)"));
    }

    private static Callable<Object> run(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    /** Runs the works on the threads, the first ones released together; fails if any failed. */
    private static void together(ExecutorService threads, List<Callable<Object>> works) throws Exception {
        CyclicBarrier start = new CyclicBarrier(Math.min(4, works.size()));
        List<Future<Object>> runs = threads.invokeAll(works.stream().map(work -> (Callable<Object>) () -> {
            if (works.indexOf(work) < 4) {
                start.await();
            }
            return work.call();
        }).toList());
        for (Future<Object> run : runs) {
            run.get();
        }
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

    private List<ProcessInstance> reviewReminders() {
        return reminders(Deadline.REVIEW_COMMENTS);
    }

    private List<Job> reviewReminderTimers() {
        return reviewReminders().stream()
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
