package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import ma.ogp.pan.identity.AdminProperties;
import ma.ogp.pan.support.BrowserTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator finds Cockpit, Admin and Welcome in French (the project's locale files), without Camunda's
 * "migrate to Camunda 8" banner. Profile "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
@DirtiesContext
class CamundaWebappsFrenchBrowserTest extends BrowserTest {

    private static final By SIGNED_IN = By.cssSelector("[cam-widget-header] .account");

    @LocalServerPort int port;
    @Autowired AdminProperties admin;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void cockpitAdminAndWelcomeSpeakFrench() throws Exception {
        String apps = "http://localhost:" + port + "/camunda/app/";
        warmUp("/camunda/app/cockpit/default/", "/camunda/api/engine/engine/", "/camunda/app/cockpit/locales/fr.json");
        browser.get(apps + "cockpit/default/");
        loading().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        assertThat(browser.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Se connecter");
        logIntoWebapp(apps + "cockpit/default/", admin.user(), admin.password(), SIGNED_IN);

        shows("Instances de processus en cours", "Incidents ouverts", "Tâches humaines ouvertes",
                "Définitions de processus", "Déploiements", "Décisions");
        assertNoMigrationBanner();

        String definition = repository.createDeployment().addModelInstance("attente.bpmn",
                        Bpmn.createExecutableProcess("attente").name("Attente").camundaHistoryTimeToLive(1)
                                .startEvent().userTask("Task_Wait").name("Attendre").endEvent().done())
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
        runtime.startProcessInstanceByKey("attente", "PAN3-99");
        browser.get(apps + "cockpit/default/#/processes");
        shows("définitions de processus déployées", "Instances en cours", "Nom", "Attente");
        browser.get(apps + "cockpit/default/#/process-definition/" + definition + "/runtime");
        shows("PAN3-99", "Clé métier", "Date de début");
        // Cockpit writes the dates of its tables year first (its own fixed format), which no one can misread
        assertThat(browser.findElement(By.cssSelector("td.start-time")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

        browser.get(apps + "admin/default/#/users");
        shows("Liste des utilisateurs", "Ajouter un utilisateur", "Prénom", "Courriel", "Modifier");
        assertNoMigrationBanner();

        browser.get(apps + "welcome/default/");
        shows("Applications", "Liens", "Profil", "Modifier le profil", "Changer le mot de passe");
        assertNoMigrationBanner();
    }

    /** The webapps' servlets start on their first request, which a fresh context on a busy machine makes slow. */
    private void warmUp(String... paths) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : paths) {
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private void shows(String... labels) {
        By body = By.tagName("body");
        for (String label : labels) {
            loading().until(ExpectedConditions.textToBePresentInElementLocated(body, label));
        }
    }

    /** A webapp's first page loads megabytes of scripts: more time than the usual wait on a busy machine. */
    private WebDriverWait loading() {
        return new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    private void assertNoMigrationBanner() {
        wait.until(ExpectedConditions.presenceOfElementLocated(SIGNED_IN));
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }
}
