package ma.ogp.pan.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The synthesis report with its charts, in French and Arabic, and the page that says the plan is not published
 * yet, pass axe-core's WCAG 2.1 A and AA rules in Chromium. Profile "browser" only.
 */
@PanIntegrationTest
@DirtiesContext
class PublicAccountingBrowserTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void theReportAndTheNotYetPublishedPagesAreAccessible() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/rapport?plan=PAN3&lang=fr");
        assertThat(browser.findElements(By.cssSelector("img[src^='data:image/png'][alt]"))).hasSize(4);
        assertAccessible("rapport");

        browser.get(base + "/rapport?plan=PAN3&lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("rapport-ar");

        browser.get(base + "/reponses?plan=PAN3&lang=fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pas encore publié");
        assertAccessible("non-publié");
    }
}
