package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.BrowserTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A committee member assesses all the commitments in the running in one Tasklist form: the Camunda Form's dynamic
 * list shows one row per commitment, the member fills one and sends the sheet. Profile "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class TasklistAssessmentBrowserTest extends BrowserTest {

    private static final String MEMBER = "hbennani";

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Test
    void aMemberAssessesTheCommitmentsInTheRunningInOneForm() throws InterruptedException {
        LifecycleFixture fixture = new LifecycleFixture(plans, committee, commitments);
        long openData = fixture.commitment(7, "Renforcement de la publication des données ouvertes");
        long accessLaw = fixture.commitment(6, "Droit d'accès à l'information");
        List.of(openData, accessLaw).forEach(id -> commitments.updateStatus(id, CommitmentStatus.ACCEPTED, null));
        runtime.createProcessInstanceByKey("action-plan-cocreation").businessKey(fixture.plan.code())
                .setVariable("planId", fixture.plan.id()).startBeforeActivity("Task_OpenAssessment").execute();

        logIntoTasklist("http://localhost:" + port, MEMBER);
        By referenceFields = By.cssSelector(".fjs-container input[id*='Field_AssessmentReference']");
        // opened by its link, as the reminder mails do
        String taskId = tasks.createTaskQuery().taskAssignee(MEMBER).singleResult().getId();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(driver -> driver.findElements(referenceFields).size() == 2);
        List<String> references = browser.findElements(referenceFields).stream().map(e -> e.getAttribute("value")).toList();
        assertThat(references).containsExactly(fixture.reference(accessLaw), fixture.reference(openData));
        assertThat(browser.findElements(By.cssSelector(".fjs-container textarea[id*='Field_AssessmentFiche']")).get(0)
                .getAttribute("value")).contains("Problématique : Problème initial");

        WebElement impact = browser.findElements(By.cssSelector(".fjs-form-field-select .fjs-input-group")).get(0);
        click(impact);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Transformationnel']"))).click();
        browser.findElements(By.cssSelector(".fjs-container textarea[id*='Field_Justification']")).get(0)
                .sendKeys("Loi structurante pour la transparence.");
        // Tasklist 7.24 keeps its own Complete button disabled once a field inside a dynamic list was edited (it
        // counts form-js's cleared error entries as errors): the form's submit button completes the task
        submit("Remettre mon évaluation");
        wait.until(driver -> tasks.createTaskQuery().taskAssignee(MEMBER).count() == 0);
        assertThat(jdbc.sql("""
                SELECT c.reference || ' ' || a.potential_impact || ' ' || a.verifiable || ' ' || a.justification
                FROM pan_impact_assessment a JOIN pan_commitment c ON c.id = a.commitment_id
                WHERE c.plan_id = ? AND a.assessor_login = ?""").params(fixture.plan.id(), MEMBER)
                .query(String.class).list())
                .containsExactly(fixture.reference(accessLaw) + " TRANSFORMATIVE TRUE Loi structurante pour la transparence.");
    }
}
