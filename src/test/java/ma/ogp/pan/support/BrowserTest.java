package ma.ogp.pan.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser per test (Debian's Chromium), its last screen saved under the test's name. */
public abstract class BrowserTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        HeadlessChromium.screenshot(browser, getClass().getSimpleName());
        browser.quit();
    }

    /** Logs into Camunda Tasklist; Angular binds its login form late and may clear it, so it tries until in. */
    protected void logIntoTasklist(String baseUrl, String login) {
        browser.get(baseUrl + "/camunda/app/tasklist/default/");
        By myTasks = By.xpath("//*[contains(normalize-space(.),'Mes tâches')]");
        wait.until(driver -> {
            if (!driver.findElements(myTasks).isEmpty()) {
                return true;
            }
            WebElement username = driver.findElement(By.cssSelector("input[ng-model='username']"));
            username.clear();
            username.sendKeys(login);
            WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
            password.clear();
            password.sendKeys("demo");
            driver.findElement(By.cssSelector("button[type='submit']")).click();
            return false;
        });
    }
}
