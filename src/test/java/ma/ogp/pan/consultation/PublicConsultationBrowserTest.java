package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A visitor with no account reads a draft commitment and comments on it in Debian's Chromium; every public page
 * passes axe-core's WCAG 2.1 A and AA rules.
 * Profile "browser" only: {@code mvn verify -Pbrowser}. Its context closes after the class: the webapps of the
 * Tasklist test look up the engine by name, and must find only theirs.
 */
@PanIntegrationTest
@DirtiesContext
class PublicConsultationBrowserTest extends BrowserTest {

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Test
    void aVisitorReadsADraftAndCommentsOnAnAccessiblePage() throws IOException {
        ActionPlan plan = ConsultationScenarios.openOnTwoCommitments(plans, committee, commitments, consultations);
        String base = "http://localhost:" + port;

        browser.get(base + "/consultation?plan=" + plan.code());
        assertAccessible("liste");
        browser.findElement(By.partialLinkText(plan.code() + "-01")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(plan.code() + "-01");
        assertAccessible("fiche");

        browser.findElement(By.id("body")).sendKeys("Publier les horaires des guichets en amazighe et en arabe.");
        browser.findElement(By.id("name")).sendKeys("Youssef A.");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("form.stacked button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "Votre contribution a été reçue"));
        assertAccessible("confirmation");

        browser.get(base + "/consultation/" + plan.code() + "-01?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("fiche-ar");
    }

    @Test
    void theHomePageAndTheNoticesInTheFooterAreAccessibleInEachLanguage() throws IOException {
        String base = "http://localhost:" + port;
        for (String lang : List.of("fr", "ar", "en")) {
            browser.get(base + "/?lang=" + lang);
            assertAccessible("accueil-" + lang);
            browser.findElement(By.cssSelector("footer a[href='/confidentialite']")).click();
            assertAccessible("confidentialite-" + lang);
            browser.findElement(By.cssSelector("footer a[href='/accessibilite']")).click();
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            assertAccessible("accessibilite-" + lang);
        }
    }
}
