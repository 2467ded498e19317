package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A visitor with no account reads a draft commitment and comments on it in Debian's Chromium; every public page
 * passes axe-core's WCAG 2.1 A and AA rules (axe-core from the npm package installed by .ci/run).
 * Profile "browser" only: {@code mvn verify -Pbrowser}. Its context closes after the class: the webapps of the
 * Tasklist test look up the engine by name, and must find only theirs.
 */
@PanIntegrationTest
@DirtiesContext
class PublicConsultationBrowserTest extends BrowserTest {

    private static final Path AXE = Path.of(".ci", "node_modules", "axe-core", "axe.min.js");

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

    /** Runs axe-core's WCAG 2.1 A/AA rules on the current page and fails on any violation, naming them. */
    @SuppressWarnings("unchecked")
    private void assertAccessible(String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — '
                        + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        assertThat((List<String>) result).as("WCAG 2.1 A/AA violations on the %s page", page).isEmpty();
    }
}
