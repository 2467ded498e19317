package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.BrowserTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Camunda Forms in Tasklist speak French and take dates day first, and Tasklist says what happened: a focal point
 * types a date the French way and reads it back in words before it is stored; the secretariat finds its consolidations
 * by reference, opens one by its link, reads the confirmation once it is done, and reads the
 * server's own French message when it refuses a decision. Profile "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class TasklistWorkBrowserTest extends BrowserTest {

    private static final String FOCAL_POINT = "aameziane";
    private static final String SECRETARY = LifecycleFixture.SECRETARY;

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;

    @Test
    void aFocalPointTypesADateDayFirstInFrenchFormsAndReadsItInWords() throws InterruptedException {
        long pan3 = plans.getByCode("PAN3").id();
        int before = commitments.findByPlan(pan3).size();
        logIntoTasklist("http://localhost:" + port, FOCAL_POINT);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)=\"Cycle de vie d'un engagement\"]"))).click();

        // form-js's own words in French: a required field left empty, the dynamic lists' button
        WebElement title = field("Field_Title");
        title.sendKeys("x");
        title.sendKeys(Keys.BACK_SPACE, Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-textfield .fjs-form-field-error"),
                "Ce champ est obligatoire."));
        assertThat(browser.findElements(By.cssSelector(".fjs-repeat-render-add")))
                .isNotEmpty().allSatisfy(add -> assertThat(add.getText()).isEqualTo("Ajouter"));
        assertThat(formText()).doesNotContain("Field is required", "Add new");

        title.sendKeys("Registre ouvert des associations");
        field("Field_Problem").sendKeys("Les associations peinent à connaître les financements publics ouverts.");
        field("Field_ProposedSolution").sendKeys("Publier un registre des appels à projets ouverts aux associations.");
        browser.findElement(By.xpath("//label[normalize-space(.)='Transparence']")).click();
        field("Field_ActivityTitle").sendKeys("Conception du registre");

        // 03/04/2024 is 3 April: day first, whatever the browser's language, said in words before it is stored
        WebElement start = field("Field_ActivityStart");
        assertThat(start.getAttribute("placeholder")).isEqualTo("jj/mm/aaaa");
        start.sendKeys("03/04/2024", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pan-date-en-lettres"),
                "mercredi 3 avril 2024"));
        // the picker's weeks start on Monday, in French
        start.sendKeys(Keys.ARROW_DOWN);
        List<String> weekdays = wait.until(driver -> {
            List<String> shown = driver.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"))
                    .stream().map(day -> day.getText().trim()).filter(day -> !day.isEmpty()).toList();
            return shown.isEmpty() ? null : shown;
        });
        assertThat(weekdays).first().isEqualTo("lun.");
        start.sendKeys(Keys.ENTER); // Escape would close the start form's window
        WebElement end = field("Field_ActivityEnd");
        end.sendKeys("31/12/2024", Keys.ENTER);
        field("Field_IndicatorDescription").sendKeys("Nombre d'appels publiés");
        submit("Soumettre la fiche");

        wait.until(driver -> commitments.findByPlan(pan3).size() == before + 1);
        Commitment submitted = commitments.findByPlan(pan3).get(before);
        assertThat(commitments.findVersion(submitted.id(), 1).orElseThrow().activities()).singleElement()
                .satisfies(activity -> {
                    assertThat(activity.startDate()).isEqualTo(LocalDate.of(2024, 4, 3));
                    assertThat(activity.endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
                });
    }

    @Test
    void theSecretariatWorksItsConsolidationsInOrderAndReadsWhatHappened() throws Exception {
        LifecycleFixture fixture = new LifecycleFixture(plans, committee, commitments);
        long third = consolidating(fixture, 3, "Budget ouvert des collectivités");
        long first = consolidating(fixture, 1, "Accès à l'information sociale");
        consolidating(fixture, 2, "Registre des associations");

        logIntoTasklist("http://localhost:" + port, SECRETARY);
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Tâches de mes groupes')]"))));
        String prefix = fixture.plan.code() + "-0";
        List<String> listed = wait.until(driver -> {
            List<String> names = driver.findElements(By.cssSelector(".tasks-list h4.task a")).stream()
                    .map(WebElement::getText).filter(name -> name.startsWith(prefix)).toList();
            return names.size() == 3 ? names : null;
        });
        assertThat(listed).extracting(name -> name.substring(0, prefix.length() + 1))
                .containsExactly(prefix + "1", prefix + "2", prefix + "3");

        // back to her own list (clicked by script: the group filter's tooltip stays over it while the pointer rests
        // there)
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", wait.until(ExpectedConditions
                .presenceOfElementLocated(By.xpath("//*[contains(@class,'task-filter')]//a[contains(normalize-space(.),'Mes tâches')]"))));

        // a decision the server refuses (a merge into a commitment that does not exist): its own French message
        String thirdTask = open(third);
        tick("Fusionner avec un autre engagement");
        field("Field_MergeTargetReference").sendKeys(fixture.plan.code() + "-99");
        complete();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger, .notifications .alert-warning, .notifications .alert")));
        assertThat(refusal.getText()).contains("Envoi refusé", fixture.plan.code() + "-99")
                .doesNotContain("An error happened");
        assertThat(tasks.createTaskQuery().taskId(thirdTask).count()).isEqualTo(1);

        // the refusal stays on screen until closed, over the form's buttons: she closes it
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('.notifications .close').forEach(button => button.click())");

        // the first one, accepted: a confirmation naming it
        String firstTask = open(first);
        tick("Accepter");
        complete();
        wait.until(driver -> tasks.createTaskQuery().taskId(firstTask).count() == 0);
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'notifications')]//*[contains(normalize-space(.),'Tâche terminée')]")));
        assertThat(confirmation.getText()).contains(fixture.reference(first), "vos réponses sont enregistrées");
        assertThat(commitments.getById(first).status()).isEqualTo(CommitmentStatus.ACCEPTED);
    }

    /** Opens the commitment's consolidation by its link and takes it. */
    private String open(long commitmentId) {
        String taskId = consolidationTask(commitmentId).getId();
        openTask("http://localhost:" + port, taskId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
        return taskId;
    }

    private long consolidating(LifecycleFixture fixture, int number, String title) {
        long id = fixture.commitment(number, title);
        runtime.createProcessInstanceByKey("commitment-lifecycle").businessKey(fixture.reference(id))
                .setVariable("commitmentId", id).setVariable("planId", fixture.plan.id())
                .setVariable("focalPointsGroup", "focal-points-msisf").setVariable("reviewRound", 1)
                .startBeforeActivity("Task_ConsolidateReview").execute();
        return id;
    }

    private Task consolidationTask(long commitmentId) {
        return tasks.createTaskQuery().processVariableValueEquals("commitmentId", commitmentId)
                .taskDefinitionKey("Task_ConsolidateReview").singleResult();
    }

    private WebElement field(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-container [id*='" + id + "']")));
    }

    private String formText() {
        return browser.findElement(By.cssSelector(".fjs-container")).getText();
    }



}
