package ma.ogp.pan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser per test (Debian's Chromium), its last screen saved under the test's class and method names. */
public abstract class BrowserTest {

    /** How long a webapp may show its spinner before the page is loaded again. */
    private static final Duration STALLED = Duration.ofSeconds(20);
    /** The task's assignee as Tasklist shows it; an unclaimed task's "set-value" item holds the claim button. */
    private static final String ASSIGNED = "li.assignee:not(.set-value)";
    private static final Path AXE = Path.of(".ci", "node_modules", "axe-core", "axe.min.js");

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        // Angular re-renders what a test has just found: such an element is looked up again at the next try; up to 8
        // builds share the machine, so Tasklist may take long to answer
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        HeadlessChromium.screenshot(browser, getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        browser.quit();
    }

    /** Logs into Camunda Tasklist; Angular binds its login form late and may clear it, so it tries until in. */
    protected void logIntoTasklist(String baseUrl, String login) {
        logIntoTasklistAt(baseUrl + "/camunda/app/tasklist/default/", login);
    }

    /** Opens a Tasklist address (a mail's link) and logs in on the page it shows. */
    protected void logIntoTasklistAt(String url, String login) {
        logIntoWebapp(url, login, "demo", By.xpath("//*[contains(normalize-space(.),'Mes tâches')]"));
    }

    /**
     * Logs into a Camunda webapp at {@code appUrl}, trying until {@code signedIn} shows; a webapp's first page loads
     * megabytes of scripts, which takes more than the usual wait on a busy machine.
     */
    protected void logIntoWebapp(String appUrl, String login, String secret, By signedIn) {
        browser.get(appUrl);
        By username = By.cssSelector("input[ng-model='username']");
        long[] reloadAt = {System.nanoTime() + STALLED.toNanos()};
        new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(driver -> {
            if (!driver.findElements(signedIn).isEmpty()) {
                return true;
            }
            if (driver.findElements(username).isEmpty()) {
                // on a loaded machine a webapp sometimes stalls behind its spinner, showing neither: load it again
                if (System.nanoTime() > reloadAt[0]) {
                    driver.navigate().refresh();
                    reloadAt[0] = System.nanoTime() + STALLED.toNanos();
                }
                return false;
            }
            reloadAt[0] = System.nanoTime() + STALLED.toNanos();
            try {
                WebElement name = driver.findElement(username);
                name.clear();
                name.sendKeys(login);
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

    /** Opens a task by its link, as the mails give it, and claims it if it is offered to a group. */
    protected void openTask(String baseUrl, String taskId) {
        browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        claimIfOffered();
    }

    /**
     * The link to {@code taskId} in the mail that called {@code address} to it, on this test's server: mails name
     * {@code PAN_BASE_URL}'s host, the test's server has a random port.
     */
    protected static String taskLinkMailedTo(GreenMailExtension smtp, String address, String taskId, String baseUrl) {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Mails.recipients(mail).contains(address) && Mails.linkedTaskIds(mail).contains(taskId)) {
                return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
            }
        }
        throw new AssertionError("No mail to " + address + " links to task " + taskId);
    }

    /**
     * Claims the open task unless it is already assigned (a claimed task shows its assignee instead); Tasklist's own
     * script (scripts/taches.js) may claim a secretariat's task first, which redraws the button under the click.
     */
    protected void claimIfOffered() {
        By claim = By.cssSelector("button.claim");
        By assignee = By.cssSelector(ASSIGNED);
        wait.until(driver -> {
            if (!driver.findElements(assignee).isEmpty()) {
                return true;
            }
            List<WebElement> offered = driver.findElements(claim);
            if (!offered.isEmpty() && offered.get(0).isEnabled()) {
                try {
                    offered.get(0).click();
                } catch (WebDriverException redrawn) {
                    // claimed meanwhile, or moving: the next try sees the assignee or the button again
                }
            }
            return false;
        });
    }

    /** Waits until the open task shows its assignee: claimed, by a click or by Tasklist's script. */
    protected void waitUntilClaimed() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ASSIGNED)));
    }

    /** Sets fields of an application page by name, as a date picker would: typed dates follow the browser's locale. */
    protected void setValues(Map<String, String> fields) {
        fields.forEach((name, value) -> ((JavascriptExecutor) browser).executeScript(
                "document.querySelector(arguments[0]).value = arguments[1];", "[name='" + name + "']", value));
    }

    /** Types into the Camunda Form's field whose id contains {@code field} (the first one of a dynamic list). */
    protected void fill(String field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container [id*='" + field + "']")));
        input.sendKeys(text);
    }

    /** Types a date in a form-js date field: day first (scripts/formulaires-fr.js), then Enter closes the picker. */
    protected void date(String field, String typed) {
        fill(field, typed);
        browser.findElement(By.cssSelector(".fjs-container [id*='" + field + "']")).sendKeys(Keys.ENTER);
    }

    /**
     * Clicks the form's label that reads {@code label} (a required field's label ends in *): a checkbox, a radio
     * button or a checklist's option.
     */
    protected void tick(String label) {
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-container')]//label[normalize-space(.)=\"" + label
                        + "\" or normalize-space(.)=\"" + label + "*\"]")));
        click(option);
    }

    /** Completes the task by the form's own submit button, named {@code label}. */
    protected void submit(String label) throws InterruptedException {
        // form-js takes typed text into its data after a short debounce
        Thread.sleep(1000);
        click(browser.findElement(By.xpath("//button[normalize-space(.)=\"" + label + "\"]")));
    }

    /** Completes the task by Tasklist's own Complete button. */
    protected void complete() throws InterruptedException {
        Thread.sleep(1000);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));
    }

    /** The value the form shows in its field whose id contains {@code field}. */
    protected String fieldValue(String field) {
        return wait.until(driver -> driver.findElement(By.cssSelector(".fjs-container [id*='" + field + "']")))
                .getAttribute("value");
    }

    /** Waits until the engine no longer has the task: Tasklist's completion went through. */
    protected void waitUntilCompleted(TaskService tasks, String taskId) {
        wait.until(driver -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    }

    /**
     * Scrolls the element to the middle of the screen and clicks it; while Tasklist's panes are still moving, the
     * page's footer or a notification may be where the element is going to be: it tries again.
     */
    protected void click(WebElement element) {
        wait.until(driver -> {
            scrollTo(element);
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                return false;
            }
        });
    }

    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
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
