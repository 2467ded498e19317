package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentVersion;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.notification.TaskMailSender;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.TestSmtp;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An institution's focal point (MSISF, {@code aameziane}) does her two steps in Tasklist: submits a new fiche from
 * <em>Start process</em>, and revises a fiche in her revision task, opened from the mail that called her. Both forms hold dynamic lists, so they complete
 * through their own submit button. Profile "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class TasklistFocalPointBrowserTest extends BrowserTest {

    private static final String FOCAL_POINT = "aameziane";

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired TaskMailSender taskMails;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Test
    void aFocalPointSubmitsANewFicheFromStartProcess() throws InterruptedException {
        long pan3 = plans.getByCode("PAN3").id();
        int before = commitments.findByPlan(pan3).size();
        logIntoTasklist("http://localhost:" + port, FOCAL_POINT);

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)=\"Cycle de vie d'un engagement\"]"))).click();
        fill("Field_Title", "Registre ouvert des associations");
        fill("Field_Problem", "Les associations peinent à connaître les financements publics ouverts.");
        fill("Field_ProposedSolution", "Publier un registre des appels à projets ouverts aux associations.");
        browser.findElement(By.xpath("//label[normalize-space(.)='Transparence']")).click();
        fill("Field_ActivityTitle", "Conception du registre");
        date("Field_ActivityStart", "01/09/2024");
        date("Field_ActivityEnd", "31/12/2024");
        fill("Field_IndicatorDescription", "Nombre d'appels publiés");
        submit("Soumettre la fiche");

        wait.until(driver -> commitments.findByPlan(pan3).size() == before + 1);
        Commitment submitted = commitments.findByPlan(pan3).get(before);
        assertThat(submitted.leadInstitutionCode()).isEqualTo("MSISF");
        CommitmentVersion fiche = commitments.findVersion(submitted.id(), 1).orElseThrow();
        assertThat(fiche.title()).isEqualTo("Registre ouvert des associations");
        assertThat(fiche.ogpValues()).containsExactly(OgpValue.TRANSPARENCY);
        assertThat(fiche.activities()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Conception du registre");
            assertThat(a.startDate()).hasToString("2024-09-01");
            assertThat(a.endDate()).hasToString("2024-12-31");
        });
        assertThat(fiche.indicators()).containsExactly("Nombre d'appels publiés");
    }

    @Test
    void aFocalPointRevisesAFicheInHerRevisionTask() throws InterruptedException {
        LifecycleFixture fixture = new LifecycleFixture(plans, committee, commitments);
        long id = fixture.commitment(3, "Accès à l'information sociale");
        runtime.createProcessInstanceByKey("commitment-lifecycle").businessKey(fixture.reference(id))
                .setVariable("commitmentId", id).setVariable("planId", fixture.plan.id())
                .setVariable("focalPointsGroup", "focal-points-msisf").setVariable("decision", "REVISE")
                .startBeforeActivity("Task_ReviseCommitment").execute();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(fixture.reference(id)).singleResult().getId();
        taskMails.sendDue();
        String link = taskLinkMailedTo(SMTP, FOCAL_POINT + "@pan3.example.org", taskId, "http://localhost:" + port);

        logIntoTasklistAt(link, FOCAL_POINT);
        browser.get(link);
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        claim.click();
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container input[id$='Field_Title']")));
        assertThat(title.getAttribute("value")).isEqualTo("Accès à l'information sociale");
        // typed without a click: the claim's notification may cover the field
        title.sendKeys(Keys.END, " en ligne");
        submit("Enregistrer la fiche révisée");

        wait.until(driver -> tasks.createTaskQuery().taskId(taskId).count() == 0);
        assertThat(commitments.getById(id).currentVersionNo()).isEqualTo(2);
        CommitmentVersion v2 = commitments.findVersion(id, 2).orElseThrow();
        assertThat(v2.title()).isEqualTo("Accès à l'information sociale en ligne");
        assertThat(v2.activities()).extracting(a -> a.title()).isEqualTo(List.of("Atelier de lancement"));
        assertThat(v2.submittedBy()).isEqualTo(FOCAL_POINT);
    }

    @Test
    void tasklistSpeaksFrench() {
        Task task = tasks.newTask();
        task.setName("Tâche de démonstration");
        task.setDueDate(java.sql.Timestamp.valueOf("2030-03-04 12:00:00"));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "focal-points-msisf");

        logIntoTasklist("http://localhost:" + port, FOCAL_POINT);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
        assertThat(claim.getText()).isEqualTo("Réclamer");
        assertThat(browser.findElement(By.cssSelector(".start-process-action")).getText()).contains("Démarrer un processus");
        // dates and durations come from the French locale file
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("dans 3 ans", "Créée le");
        tasks.deleteTask(task.getId(), true);
    }
}
