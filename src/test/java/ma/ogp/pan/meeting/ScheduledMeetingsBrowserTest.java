package ma.ogp.pan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The secretariat schedules a coordination meeting in Chromium and opens its record form; the scheduling page,
 * with its move and cancel forms, and the record form with the agreement fields pass axe-core's WCAG 2.1 A and AA
 * rules. Profile "browser" only; its context closes after the class.
 */
@PanIntegrationTest
@DirtiesContext
class ScheduledMeetingsBrowserTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void theSecretariatSchedulesACoordinationMeetingOnAccessiblePages() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("oelmoustamide");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        browser.get(base + "/app/reunions/planifiees?plan=PAN3");
        assertAccessible("planification");

        browser.findElement(By.cssSelector("input[name='kind'][value='COORDINATION']")).click();
        browser.findElement(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys("Réunion de coordination avec le MSISF");
        // date and time inputs type by the browser's locale: their value is set as the form sends it
        String day = LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(10).toString();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('day').value = arguments[0];"
                + "document.getElementById('startTime').value = '10:00';"
                + "document.getElementById('endTime').value = '12:00';", day);
        browser.findElement(By.id("location")).sendKeys("Rabat");
        new Select(browser.findElement(By.id("institution")))
                .selectByVisibleText("Ministère de la Solidarité, de l'Insertion Sociale et de la Famille");
        browser.findElement(By.cssSelector("input[name='commitments']")).click();
        browser.findElement(By.cssSelector("form.meeting-form button[type='submit']")).click();

        assertThat(browser.findElement(By.cssSelector("[role='status']")).getText()).startsWith("Réunion planifiée");
        assertThat(browser.findElement(By.cssSelector(".scheduled-meeting h2")).getText())
                .endsWith("Réunion de coordination avec le MSISF");
        assertAccessible("planifiée");

        browser.findElement(By.partialLinkText("Enregistrer la réunion tenue")).click();
        assertThat(browser.findElement(By.cssSelector("main h2")).getText())
                .isEqualTo("Enregistrer la réunion planifiée : Réunion de coordination avec le MSISF");
        assertThat(browser.findElements(By.cssSelector("textarea[name^='activities-']"))).hasSize(1);
        assertAccessible("enregistrement");
    }
}
