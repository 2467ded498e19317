package ma.ogp.pan.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.process.FormList;
import ma.ogp.pan.review.LifecycleFixture;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.TestSmtp;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * From the ranking to the published plan, each step done in Tasklist by its real user: the secretariat
 * ({@code oelmoustamide}) reviews the ranking, the OGP Support Unit ({@code ogp.support}) answers from the mail it
 * received, the secretariat selects, records the committee's validation and publishes the reasoned responses. Each
 * test drives the real co-creation process up to its step through the engine, as the process tests do. Profile
 * "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class TasklistRankingBrowserTest extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);
    private static final String SECRETARY = LifecycleFixture.SECRETARY;
    private static final String SUPPORT_UNIT = "ogp.support";
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    LifecycleFixture fixture;
    String baseUrl;
    long accessLaw;
    long openData;

    @BeforeEach
    void twoAcceptedCommitments() {
        BpmnAwareTests.init(engine);
        fixture = new LifecycleFixture(plans, committee, commitments);
        baseUrl = "http://localhost:" + port;
        accessLaw = fixture.commitment(6, "Droit d'accès à l'information");
        openData = fixture.commitment(7, "Renforcement de la publication des données ouvertes");
        List.of(accessLaw, openData).forEach(id -> commitments.updateStatus(id, CommitmentStatus.ACCEPTED, null));
    }

    @AfterEach
    void resetAssertions() {
        identity.clearAuthentication();
        BpmnAwareTests.reset();
    }

    @Test
    void theSecretariatSendsTheRankingToTheSupportUnit() throws InterruptedException {
        ProcessInstance plan = atRankingReview();
        String taskId = taskOf(plan, "Task_ReviewRanking");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        assertThat(fieldValue("Field_RankingSummary")).startsWith("1. " + fixture.reference(accessLaw));
        fill("Field_NoteToSupportUnit", "Merci de votre retour sous dix jours.");
        complete();

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).isWaitingAt("Task_SendShortlistToSupportUnit");
        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("Task_SendShortlistToSupportUnit").singleResult().getId());
        assertThat(plan).isWaitingAt("Task_GiveSupportUnitFeedback");
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(Mails.recipients(mail)).containsExactly("ogp.support@pan3.example.org");
            assertThat(Mails.text(mail)).contains("Merci de votre retour sous dix jours.");
        });
    }

    @Test
    void theSupportUnitAnswersFromTheMailItReceived() throws InterruptedException {
        ProcessInstance plan = atSupportUnitFeedback();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        Matcher link = LINK.matcher(Mails.parts(mail).get("text/html"));
        assertThat(link.find()).as("a link in the mail's HTML part").isTrue();
        // the link names PAN_BASE_URL's host: the same page on this test's server
        URI target = URI.create(link.group(1));
        assertThat(target.getPath()).isEqualTo("/camunda/app/tasklist/");

        logIntoTasklistAt(baseUrl + target.getPath(), SUPPORT_UNIT);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Tâches de mes groupes')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task')]//*[normalize-space(.)="
                + "\"Avis de l'Unité de soutien de l'OGP sur la liste classée\"]"))).click();
        claimIfOffered();
        // the first row's own textarea (Field_FeedbackReference and Field_FeedbackRanked are read-only inputs)
        WebElement feedback = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container textarea[id*='Field_Feedback']")));
        scrollTo(feedback);
        feedback.sendKeys("Engagement ambitieux, à conserver.");
        fill("Field_GeneralOpinion", "Liste équilibrée.");
        submit("Enregistrer l'avis");

        wait.until(driver -> tasks.createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey("Task_GiveSupportUnitFeedback").count() == 0);
        assertThat(plan).isWaitingAt("Task_SelectCommitments");
        assertThat(jdbc.sql("""
                SELECT outcome || '/' || recorded_by || '/' || general_opinion FROM pan_support_unit_consultation
                WHERE plan_id = ?""").param(fixture.plan.id()).query(String.class).single())
                .isEqualTo("ANSWERED/ogp.support/Liste équilibrée.");
        assertThat(jdbc.sql("SELECT commitment_id || ' ' || feedback FROM pan_support_unit_feedback WHERE plan_id = ?")
                .param(fixture.plan.id()).query(String.class).list())
                .containsExactly(accessLaw + " Engagement ambitieux, à conserver.");
    }

    @Test
    void theSecretariatSelectsTheCommitmentsOfThePlan() throws InterruptedException {
        ProcessInstance plan = atSelection();
        String taskId = taskOf(plan, "Task_SelectCommitments");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        By references = By.cssSelector(".fjs-container input[id*='Field_SelectionReference']");
        wait.until(driver -> driver.findElements(references).size() == 2);
        assertThat(browser.findElements(references)).extracting(e -> e.getAttribute("value"))
                .containsExactly(fixture.reference(accessLaw), fixture.reference(openData));
        // the second one is left out, with the reason published in the reasoned responses
        WebElement second = browser.findElements(By.cssSelector(".fjs-container input[id*='Field_Selected']")).get(1);
        assertThat(second.isSelected()).isTrue();
        click(second);
        WebElement reason = browser.findElements(By.cssSelector(".fjs-container textarea[id*='Field_SelectionReason']")).get(1);
        reason.clear();
        reason.sendKeys("Reporté au prochain plan.");
        submit("Enregistrer la sélection");

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).isWaitingAt("Task_ValidateSelection");
        assertThat(jdbc.sql("""
                SELECT commitment_id || ' ' || selected || ' ' || COALESCE(reason, '') || ' ' || selected_by
                FROM pan_selection WHERE plan_id = ? ORDER BY commitment_id""").param(fixture.plan.id())
                .query(String.class).list()).containsExactly(
                        accessLaw + " TRUE  " + SECRETARY, openData + " FALSE Reporté au prochain plan. " + SECRETARY);
    }

    @Test
    void theSecretariatRecordsTheCommitteesValidationAndThePlanIsAdopted() throws InterruptedException {
        ProcessInstance plan = atValidation();
        String taskId = taskOf(plan, "Task_ValidateSelection");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        assertThat(fieldValue("Field_SelectedCommitments")).contains(fixture.reference(accessLaw),
                fixture.reference(openData));
        tick("Le comité valide la sélection : adopter le PAN");
        fill("Field_ValidationComment", "Validé en séance plénière.");
        complete();

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).hasPassed("Task_AdoptPlan").isWaitingAt("Task_ReviewReasonedResponses");
        assertThat(commitments.getById(accessLaw).status()).isEqualTo(CommitmentStatus.ADOPTED);
        assertThat(commitments.getById(openData).status()).isEqualTo(CommitmentStatus.ADOPTED);
        assertThat(jdbc.sql("SELECT adopted_by FROM pan_adoption WHERE plan_id = ?").param(fixture.plan.id())
                .query(String.class).single()).isEqualTo(SECRETARY);
    }

    @Test
    void theSecretariatPublishesTheReasonedResponses() throws InterruptedException {
        ProcessInstance plan = atReasonedResponses();
        String taskId = taskOf(plan, "Task_ReviewReasonedResponses");

        logIntoTasklist(baseUrl, SECRETARY);
        openTask(baseUrl, taskId);
        By texts = By.cssSelector(".fjs-container textarea[id*='Field_ResponseText']");
        wait.until(driver -> driver.findElements(texts).size() == 2);
        WebElement first = browser.findElements(texts).get(0);
        assertThat(first.getAttribute("value")).startsWith("Retenu : engagement n° 1 du " + fixture.plan.code());
        scrollTo(first);
        first.sendKeys(" Il répond à la demande de la société civile.");
        submit("Enregistrer et publier");

        waitUntilCompleted(tasks, taskId);
        assertThat(plan).hasPassed("Task_PublishAccountability");
        assertThat(jdbc.sql("""
                SELECT text || ' / ' || updated_by FROM pan_reasoned_response
                WHERE plan_id = ? AND subject_kind = 'COMMITMENT' AND subject_id = ?""")
                .params(fixture.plan.id(), accessLaw).query(String.class).single())
                .endsWith(". Il répond à la demande de la société civile. / " + SECRETARY);
    }

    /** Every member of the committee has assessed both commitments: the ranking waits for the secretariat. */
    private ProcessInstance atRankingReview() {
        ProcessInstance plan = runtime.createProcessInstanceByKey("action-plan-cocreation")
                .businessKey(fixture.plan.code()).setVariable("planId", fixture.plan.id())
                .startBeforeActivity("Task_OpenAssessment").execute();
        for (Task sheet : tasks.createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey("Task_AssessCommitments").list()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : FormList.read(tasks.getVariable(sheet.getId(), "assessments"), "assessments")) {
                Map<String, Object> filled = new HashMap<>(row);
                boolean law = row.get("reference").equals(fixture.reference(accessLaw));
                filled.put("impact", law ? "TRANSFORMATIVE" : "MODERATE");
                filled.put("relevance", List.of("TRANSPARENCY"));
                filled.put("justification", "Évalué en séance");
                rows.add(filled);
            }
            tasks.complete(sheet.getId(), Map.of("assessments", rows));
        }
        assertThat(plan).isWaitingAt("Task_ReviewRanking");
        return plan;
    }

    /** The ranking went to the Support Unit, by mail. */
    private ProcessInstance atSupportUnitFeedback() {
        ProcessInstance plan = atRankingReview();
        tasks.complete(taskOf(plan, "Task_ReviewRanking"), Map.of());
        management.executeJob(management.createJobQuery().processInstanceId(plan.getId())
                .activityId("Task_SendShortlistToSupportUnit").singleResult().getId());
        assertThat(plan).isWaitingAt("Task_GiveSupportUnitFeedback");
        return plan;
    }

    private ProcessInstance atSelection() {
        return advance(atSupportUnitFeedback(), SUPPORT_UNIT, CamundaGroups.OGP_SUPPORT_UNIT,
                "Task_GiveSupportUnitFeedback", Map.of("generalOpinion", "Liste équilibrée."), "Task_SelectCommitments");
    }

    /** Both commitments selected. */
    private ProcessInstance atValidation() {
        ProcessInstance plan = atSelection();
        List<Map<String, Object>> selection = FormList.read(runtime.getVariable(plan.getId(), "selection"), "selection")
                .stream().map(row -> {
                    Map<String, Object> chosen = new HashMap<>(row);
                    chosen.put("selected", true);
                    chosen.put("reason", "");
                    return chosen;
                }).toList();
        return advance(plan, SECRETARY, CamundaGroups.SECRETARIAT, "Task_SelectCommitments",
                Map.of("selection", selection), "Task_ValidateSelection");
    }

    private ProcessInstance atReasonedResponses() {
        return advance(atValidation(), SECRETARY, CamundaGroups.SECRETARIAT, "Task_ValidateSelection",
                Map.of("selectionValidated", "true"), "Task_ReviewReasonedResponses");
    }

    /**
     * Completes the plan's task {@code done} as its user would through the engine API (the delegates record who did
     * it), and checks that the plan now waits at {@code next}.
     */
    private ProcessInstance advance(ProcessInstance plan, String login, String group, String done,
                                    Map<String, Object> variables, String next) {
        identity.setAuthentication(login, List.of(group));
        try {
            tasks.complete(taskOf(plan, done), variables);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(plan).isWaitingAt(next);
        return plan;
    }

    private String taskOf(ProcessInstance instance, String activityId) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .singleResult().getId();
    }
}
