package ma.ogp.pan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser per test (Debian's Chromium), its last screen saved under the test's class and method names. */
public abstract class BrowserTest {

    private static final Path AXE = Path.of(".ci", "node_modules", "axe-core", "axe.min.js");

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        // Angular re-renders what a test has just found: such an element is looked up again at the next try
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        HeadlessChromium.screenshot(browser, getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    /** Logs into Camunda Tasklist; Angular binds its login form late and may clear it, so it tries until in. */
    protected void logIntoTasklist(String baseUrl, String login) {
        logIntoWebapp(baseUrl + "/camunda/app/tasklist/default/", login, "demo",
                By.xpath("//*[contains(normalize-space(.),'Mes tâches')]"));
    }

    /**
     * Logs into a Camunda webapp at {@code appUrl}, trying until {@code signedIn} shows; a webapp's first page loads
     * megabytes of scripts, which takes more than the usual wait on a busy machine.
     */
    protected void logIntoWebapp(String appUrl, String login, String secret, By signedIn) {
        browser.get(appUrl);
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(driver -> {
            if (!driver.findElements(signedIn).isEmpty()) {
                return true;
            }
            try {
                WebElement username = driver.findElement(By.cssSelector("input[ng-model='username']"));
                username.clear();
                username.sendKeys(login);
                WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
                password.clear();
                password.sendKeys(secret);
                driver.findElement(By.cssSelector("button[type='submit']")).click();
            } catch (ElementNotInteractableException leaving) {
                // the form is fading out after a successful login: the next try sees the signed-in page
            }
            return false;
        });
    }

    /**
     * Runs axe-core's WCAG 2.1 A/AA rules on the current page and fails on any violation, naming them (axe-core from
     * the npm package installed by .ci/run).
     */
    @SuppressWarnings("unchecked")
    protected void assertAccessible(String page) throws IOException {
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
