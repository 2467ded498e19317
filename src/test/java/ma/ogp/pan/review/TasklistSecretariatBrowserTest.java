package ma.ogp.pan.review;

import static ma.ogp.pan.review.LifecycleFixture.CIVIL_SOCIETY_MEMBERS;
import static ma.ogp.pan.review.LifecycleFixture.GOVERNMENT_MEMBER;
import static ma.ogp.pan.review.LifecycleFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.consultation.Consultation;
import ma.ogp.pan.consultation.ConsultationService;
import ma.ogp.pan.notification.TaskMailSender;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.Deadline;
import ma.ogp.pan.plan.DeadlineExtension;
import ma.ogp.pan.plan.PlanCoCreation;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.TestSmtp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The secretariat ({@code oelmoustamide}) does its steps of the review phase in Tasklist: closes the call for
 * commitments, extends the review window, consolidates a commitment's observations and prepares the public
 * consultation. Each test drives the real processes up to the step (as the process tests do), then a person opens the
 * task by its link, claims it, fills the form and completes it; a consolidation, opened from the link of the mail
 * that called her and which only the secretariat can take, opens claimed for her and stays in her groups' filter. Profile "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class TasklistSecretariatBrowserTest extends BrowserTest {

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** Day and month alike: the date reads the same whichever of them the date picker expects first. */
    private static final int NEXT_YEAR = LocalDate.now(CASABLANCA).getYear() + 1;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired CommitmentLifecycle lifecycle;
    @Autowired PlanCoCreation coCreation;
    @Autowired ReviewService reviews;
    @Autowired ConsultationService consultations;
    @Autowired TaskMailSender taskMails;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);
    LifecycleFixture fixture;
    String baseUrl;

    @BeforeEach
    void aPlanOfItsOwn() {
        BpmnAwareTests.init(engine);
        fixture = new LifecycleFixture(plans, committee, commitments);
        baseUrl = "http://localhost:" + port;
    }

    @AfterEach
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    @Test
    void theSecretariatClosesTheCallForCommitments() throws InterruptedException {
        long id = fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        ProcessInstance plan = coCreation.start(fixture.plan.code());
        String taskId = taskOf(plan, "Task_CloseCallForCommitments");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        tick("L'étape est terminée");
        fill("Field_StageNote", "Appel clos après la réunion du comité.");
        complete();

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).hasPassed("Task_CloseCallForCommitments", "Task_StartCommitmentReviews")
                .isWaitingAt("CallActivity_ReviewWindow");
        // the submitted commitment is now under review by every member of the committee
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(fixture.reference(id))
                .taskDefinitionKey("Task_ReviewCommitment").list()).hasSize(3);
    }

    @Test
    void theSecretariatExtendsTheReviewWindow() throws InterruptedException {
        fixture.commitment(1, "Programme d'appui aux collectivités territoriales ouvertes");
        ProcessInstance plan = coCreation.start(fixture.plan.code());
        tasks.complete(taskOf(plan, "Task_CloseCallForCommitments"), Map.of("stageDone", true));
        ProcessInstance window = runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
        String taskId = taskOf(window, "Task_ExtendDeadline");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        LocalDate newDay = LocalDate.of(NEXT_YEAR, 3, 3);
        date("Field_NewDueDate", "03/03/" + NEXT_YEAR);
        fill("Field_ExtensionReason", "Prolongation décidée en réunion du comité de pilotage");
        complete();

        waitUntilCompleted(tasks, taskId);
        Deadline moved = plans.findDeadlines(fixture.plan.id()).stream()
                .filter(d -> d.kind().equals(Deadline.REVIEW_COMMENTS)).findFirst().orElseThrow();
        assertThat(moved.dueAt().toInstant()).isEqualTo(newDay.atTime(23, 59).atZone(CASABLANCA).toInstant());
        DeadlineExtension extension = plans.findExtensions(moved.id()).get(0);
        assertThat(extension.extendedBy()).isEqualTo(SECRETARY);
        assertThat(extension.reason()).isEqualTo("Prolongation décidée en réunion du comité de pilotage");
    }

    @Test
    void theSecretariatConsolidatesTheObservationsAndAsksForARevision() throws InterruptedException {
        long id = fixture.commitment(2, "Renforcement de la liberté de presse et de publication");
        ProcessInstance instance = lifecycle.start(id);
        for (String member : List.of(GOVERNMENT_MEMBER, CIVIL_SOCIETY_MEMBERS.get(0), CIVIL_SOCIETY_MEMBERS.get(1))) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(member)
                    .singleResult().getId(), Map.of("observationText", "Préciser les indicateurs.",
                    "recommendedDecision", "REVISE"));
        }
        String taskId = taskOf(instance, "Task_ConsolidateReview");
        taskMails.sendDue();
        String link = taskLinkMailedTo(SMTP, SECRETARY + "@pan3.example.org", taskId, baseUrl);

        logIntoTasklistAt(link, SECRETARY);
        // only the secretariat can take it: it opens claimed for her, without a click on "Réclamer"
        browser.get(link);
        waitUntilClaimed();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(SECRETARY);
        // and she finds it again where she found it, among her groups' tasks
        browser.get(baseUrl + "/camunda/app/tasklist/default/#/");
        clickWhenShown(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Tâches de mes groupes')]"));
        clickWhenShown(By.xpath("//*[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[starts-with("
                + "normalize-space(.),'" + fixture.reference(id) + "')]"));
        waitUntilClaimed();
        assertThat(fieldValue("Field_Reference")).isEqualTo(fixture.reference(id));
        assertThat(fieldValue("Field_ObservationsSummary")).contains("Mme Houdna BENNANI : Préciser les indicateurs. → Demander une révision");
        tick("Demander une révision");
        tick("Ajouter des indicateurs");
        fill("Field_DecisionReason", "Un indicateur d'impact par activité.");
        complete();

        waitUntilCompleted(tasks, taskId);
        assertThat(instance).isWaitingAt("Task_ReviseCommitment");
        assertThat(commitments.getById(id).status()).isEqualTo(CommitmentStatus.REVISION_REQUESTED);
        assertThat(reviews.decisions(id)).containsExactly(ReviewDecisionKind.REVISE);
        assertThat(reviews.latestRequestedChanges(id)).containsExactly(SuggestionKind.ADD_INDICATORS);
    }

    @Test
    void theSecretariatPreparesThePublicConsultation() throws InterruptedException {
        long first = fixture.commitment(5, "Faciliter l'accès aux services publics en amazighe");
        long second = fixture.commitment(7, "Renforcement de la publication des données ouvertes");
        List.of(first, second).forEach(id -> commitments.updateStatus(id, CommitmentStatus.ACCEPTED, null));
        ProcessInstance plan = runtime.createProcessInstanceByKey("action-plan-cocreation")
                .businessKey(fixture.plan.code()).setVariable("planId", fixture.plan.id())
                .startBeforeActivity("Task_PrepareConsultation").execute();
        String taskId = taskOf(plan, "Task_PrepareConsultation");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        assertThat(fieldValue("Field_ReadyCommitments")).contains(fixture.reference(first), fixture.reference(second));
        date("Field_OpensOn", "03/03/" + NEXT_YEAR);
        date("Field_ClosesOn", "04/04/" + NEXT_YEAR);
        complete();

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).isWaitingAt("Timer_ConsultationOpens");
        Consultation consultation = consultations.ofPlanId(fixture.plan.id()).orElseThrow();
        assertThat(consultation.opensAt().toInstant())
                .isEqualTo(LocalDate.of(NEXT_YEAR, 3, 3).atTime(LocalTime.MIDNIGHT).atZone(CASABLANCA).toInstant());
        assertThat(consultation.closesAt().toInstant())
                .isEqualTo(LocalDate.of(NEXT_YEAR, 4, 4).atTime(23, 59).atZone(CASABLANCA).toInstant());
    }

    /**
     * Clicks by script what the locator finds, found again at each try: Tasklist redraws its lists as they refresh,
     * and the filter's tooltip stays over it while the pointer rests there.
     */
    private void clickWhenShown(By locator) {
        wait.until(driver -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElement(locator));
            return true;
        });
    }

    private String taskOf(ProcessInstance instance, String activityId) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .singleResult().getId();
    }
}
