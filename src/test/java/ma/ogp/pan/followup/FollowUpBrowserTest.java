package ma.ogp.pan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.plan.PlanCoCreation;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The demo's review phase in full (22 commitments, each reviewed by the whole committee): the secretariat reaches
 * "who owes what" from the staff navigation, the page passes axe-core's WCAG 2.1 A and AA rules and stays quick.
 * Profile "browser" only; its context closes after the class.
 */
@PanIntegrationTest
@DirtiesContext
class FollowUpBrowserTest extends BrowserTest {

    @LocalServerPort int port;
    @Autowired PlanCoCreation coCreation;
    @Autowired TaskService tasks;

    @Test
    void theSecretariatSeesWhoOwesWhatOnTheWholeDemoQuickly() throws IOException {
        coCreation.startAfterCall("PAN3");
        List<Task> reviews = tasks.createTaskQuery().taskDefinitionKey("Task_ReviewCommitment").list();
        assertThat(reviews).hasSize(22 * 20);
        reviews.stream().filter(t -> t.getName().startsWith("PAN3-01 ")).forEach(t -> tasks.complete(t.getId(),
                Map.of("observationText", "Préciser les indicateurs.", "recommendedDecision", "REVISE")));
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ConsolidateReview").count()).isEqualTo(1);

        Visitor secretariat = new Visitor(port).loggedInAs("oelmoustamide", "demo");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = secretariat.get("/app/plans/PAN3/suivi");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(page.statusCode()).isEqualTo(200);
        }
        List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
        Collections.sort(warm);
        System.out.printf("who owes what, 22 commitments x 20 reviewers: first %d ms, warm median %d ms, max %d ms%n",
                millis.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        assertThat(warm.get(warm.size() / 2)).as("warm median, ms").isLessThan(1500);

        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("oelmoustamide");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        browser.get(base + "/app");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Qui doit quoi"))).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Qui doit quoi – PAN3"));
        assertThat(browser.findElement(By.id("PAN3-01")).getText()).contains("20 avis reçu(s) sur 20",
                "En attente : Secrétariat (non prise en charge)", "Consolider");
        assertThat(browser.findElement(By.id("PAN3-02")).getText()).contains("0 avis reçu(s) sur 20", "Attendus de :");
        assertAccessible("qui doit quoi");
    }
}
