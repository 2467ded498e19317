package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.demo.DemoCoCreation;
import ma.ogp.pan.notification.TaskMailSender;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.TestSmtp;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A committee member of the demo follows the first link of the mail that lists her 22 new reviews, logs into Camunda
 * Tasklist in a real browser (Debian's Chromium), sees that review's fiche rendered by the Camunda Form, sends
 * observations, and the task is gone.
 * Profile "browser" only: {@code mvn verify -Pbrowser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.generate-unique-process-engine-name=false", "pan.demo.start-co-creation=true"})
@ActiveProfiles("test")
class TasklistReviewBrowserTest extends BrowserTest {

    private static final String MEMBER = "hbennani";

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired TaskMailSender taskMails;
    @Autowired DemoCoCreation demo;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @Test
    void aCommitteeMemberReviewsACommitmentInTasklistFromTheMailThatCalledHer() throws Exception {
        // started in the background once the application is ready
        demo.finished().get(2, TimeUnit.MINUTES);
        long openBefore = tasks.createTaskQuery().taskAssignee(MEMBER).count();
        assertThat(openBefore).isEqualTo(22);

        taskMails.sendDue();
        List<MimeMessage> hers = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> Mails.recipients(mail).contains(MEMBER + "@pan3.example.org")).toList();
        assertThat(hers).as("one mail for her 22 reviews").hasSize(1);
        List<String> linked = Mails.linkedTaskIds(hers.get(0));
        assertThat(linked).hasSize(22);
        // the link names PAN_BASE_URL's host: the same page on this test's server
        String link = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + linked.get(0);
        logIntoTasklistAt(link, MEMBER);
        browser.get(link);
        Object linkedTitle = tasks.getVariable(linked.get(0), "ficheTitle");

        // the fiche, read-only, rendered by the Camunda Form
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container input[id$='Field_FicheTitle']")));
        assertThat(title.getAttribute("value")).as("the linked review is the one open").isEqualTo(linkedTitle);
        assertThat(title.getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".fjs-container textarea[id$='Field_FicheProblem']"))
                .getAttribute("value")).startsWith("[Contenu de démonstration]");

        browser.findElement(By.cssSelector(".fjs-container textarea[id$='Field_ObservationText']"))
                .sendKeys("Détailler le calendrier des activités et ajouter un indicateur d'impact.");
        browser.findElement(By.xpath("//label[normalize-space(.)='Détailler le calendrier']")).click();
        WebElement decision = browser.findElement(By.cssSelector(".fjs-form-field-select .fjs-input-group"));
        click(decision);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Demander une révision']"))).click();

        complete();

        wait.until(driver -> tasks.createTaskQuery().taskAssignee(MEMBER).count() == openBefore - 1);
        List<String> recorded = jdbc.sql("""
                SELECT o.text || ' → ' || o.recommended_decision FROM pan_observation o WHERE o.author_login = ?""")
                .param(MEMBER).query(String.class).list();
        assertThat(recorded).containsExactly(
                "Détailler le calendrier des activités et ajouter un indicateur d'impact. → REVISE");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM pan_observation_suggestion s JOIN pan_observation o ON o.id = s.observation_id
                WHERE o.author_login = ? AND s.kind = 'DETAIL_CALENDAR'""").param(MEMBER).query(Integer.class).single())
                .isEqualTo(1);
    }
}
