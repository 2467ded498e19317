package ma.ogp.pan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A visitor reads the minutes of 22 Feb 2024 in Chromium, in French and Arabic; the list, the minutes and the 404
 * page pass axe-core's WCAG 2.1 A and AA rules. Profile "browser" only; its context closes after the class.
 */
@PanIntegrationTest
@DirtiesContext
class MinutesBrowserTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void aVisitorReadsTheMinutesOnAccessiblePages() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/proces-verbaux?plan=PAN3&lang=fr");
        assertAccessible("liste");

        browser.findElement(By.linkText("Réunion du comité de pilotage")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("Relevé de conclusions");
        assertThat(browser.findElements(By.cssSelector("tbody th[scope='row']"))).hasSize(22);
        assertAccessible("relevé");

        browser.get(browser.getCurrentUrl() + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("relevé-ar");

        browser.get(base + "/proces-verbaux/987654321?lang=fr");
        assertAccessible("inconnu");
    }
}
