package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.PanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Profile "browser" only: Swagger UI runs under its Content-Security-Policy (SecurityConfig), with no violation
 * reported by the browser, and shows the API to a signed-in committee member.
 */
@PanIntegrationTest
@DirtiesContext
class ApiDescriptionBrowserTest extends BrowserTest {

    @LocalServerPort int port;

    @Test
    void swaggerUiShowsTheApiWithoutBreakingTheContentSecurityPolicy() {
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("ssallahi");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        browser.get(base + "/swagger-ui/index.html");
        By operation = By.cssSelector("[data-path='/api/plans/{code}/commitments']");
        wait.until(driver -> !driver.findElements(operation).isEmpty());
        browser.findElement(operation).click();
        wait.until(driver -> driver.getPageSource().contains("Code du plan, par exemple PAN3"));

        // buffered: the reports of violations that happened before this observer existed
        List<?> violations = (List<?>) ((JavascriptExecutor) browser).executeScript("""
                const observer = new ReportingObserver(() => {}, {types: ['csp-violation'], buffered: true});
                observer.observe();
                return observer.takeRecords().map(r => r.body.effectiveDirective + ' ' + r.body.blockedURL);""");
        assertThat(violations).isEmpty();
    }
}
