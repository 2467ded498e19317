package ma.ogp.pan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The secretariat creates a plan in Chromium, is refused once, corrects it, publishes its timeline and starts its
 * co-creation; the form, the refusal, the plan's page and the public timeline (French and Arabic) pass axe-core's
 * WCAG 2.1 A and AA rules. Profile "browser" only; its context closes after the class.
 */
@PanIntegrationTest
@DirtiesContext
class PlanSetupBrowserTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void theSecretariatSetsUpAPlanOnAccessiblePages() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("oelmoustamide");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        browser.get(base + "/app");
        browser.findElement(By.linkText("Créer un plan d'action")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        assertAccessible("formulaire");
        browser.findElement(By.id("code")).sendKeys("PAN9");
        browser.findElement(By.id("title")).sendKeys("Neuvième Plan d'Action National");
        setValues(Map.of("periodStart", "2031-01-01", "periodEnd", "2034-12-31",
                "phaseStarts[CALL_FOR_COMMITMENTS]", "2030-09-01", "phaseEnds[CALL_FOR_COMMITMENTS]", "2030-10-15",
                "phaseStarts[COMMITTEE_REVIEW]", "2030-10-10", "phaseEnds[COMMITTEE_REVIEW]", "2030-10-31",
                "deadlines[REVIEW_COMMENTS]", "2030-10-25", "deadlines[REVISION]", "2030-11-20"));
        browser.findElement(By.id("participationFr")).sendKeys("Écrivez au secrétariat du PAN.");
        browser.findElement(By.cssSelector("form.plan-form button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='alert']"), "sans se chevaucher"));
        assertAccessible("refus");

        setValues(Map.of("phaseStarts[COMMITTEE_REVIEW]", "2030-10-16"));
        browser.findElement(By.cssSelector("form.plan-form button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "PAN9 – Neuvième Plan d'Action National"));
        assertThat(browser.findElement(By.cssSelector("[role='status']")).getText()).contains("en brouillon");
        assertAccessible("plan");

        browser.findElement(By.xpath("//button[.='Publier le calendrier']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[.='Lancer la co-création']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"), "Co-création lancée"));
        assertThat(browser.findElements(By.linkText("Modifier le plan, ses phases et ses échéances"))).isEmpty();

        browser.findElement(By.linkText("page publique du calendrier")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Calendrier de la co-création – PAN9"));
        assertThat(browser.getPageSource()).contains("Écrivez au secrétariat du PAN.");
        assertAccessible("calendrier");
        browser.get(base + "/calendrier?plan=PAN9&lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("calendrier-ar");
    }
}
