package ma.ogp.pan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.support.BrowserTest;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.OnEmbeddedPostgres;
import ma.ogp.pan.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The next plan, run without a developer, from an empty PostgreSQL with the production profile (no demo): the
 * administrator creates PAN4 and imports its institutions and people; the secretariat, invited by mail, chooses her
 * password from the mail's link and publishes the timeline, then starts the co-creation; the invited focal point
 * submits her institution's fiche in Tasklist. Every step through pages, each page checked by axe-core. Profile
 * "browser" only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pan.admin.password=" + NextPlanOnEmptyPostgresBrowserTest.ADMIN_PASSWORD,
        "camunda.bpm.generate-unique-process-engine-name=false", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "postgres"})
@OnEmbeddedPostgres
class NextPlanOnEmptyPostgresBrowserTest extends BrowserTest {

    static final String ADMIN_PASSWORD = "Admin#Secret2027";
    private static final Pattern LINK = Pattern.compile("/compte/mot-de-passe\\?jeton=[A-Za-z0-9_-]+");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitmentRepository commitments;

    @Test
    void anAdministratorSetsUpTheNextPlanAndItsPeopleRunIt() throws Exception {
        String base = "http://localhost:" + port;
        assertThat(jdbc.sql("select count(*) from pan_action_plan").query(Long.class).single()).isZero();

        signIn(base, "admin", ADMIN_PASSWORD);
        browser.get(base + "/app");
        browser.findElement(By.linkText("Créer un plan d'action")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code"))).sendKeys("PAN4");
        browser.findElement(By.id("title")).sendKeys("Quatrième Plan d'Action National");
        setValues(Map.of("periodStart", "2028-01-01", "periodEnd", "2031-12-31",
                "phaseStarts[CALL_FOR_COMMITMENTS]", "2027-03-01", "phaseEnds[CALL_FOR_COMMITMENTS]", "2027-04-15",
                "phaseStarts[COMMITTEE_REVIEW]", "2027-04-16", "phaseEnds[COMMITTEE_REVIEW]", "2027-05-15",
                "deadlines[REVIEW_COMMENTS]", "2027-05-05", "deadlines[REVISION]", "2027-05-31"));
        browser.findElement(By.id("participationFr")).sendKeys("Écrivez au secrétariat du PAN.");
        browser.findElement(By.cssSelector("form.plan-form button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "PAN4 – Quatrième Plan d'Action National"));

        browser.get(base + "/app/institutions");
        upload("institutions.csv", "code,name,acronym,sector\n"
                + "MTNRA,Ministère de la Transition Numérique et de la Réforme de l'Administration,MTNRA,GOVERNMENT\n"
                + "ADFM,Association Démocratique des Femmes du Maroc,ADFM,CIVIL_SOCIETY\n", "Importer");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "2 institution(s) importée(s)."));
        assertAccessible("institutions");

        browser.get(base + "/app/personnes");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("import-plan"))).selectByValue("PAN4");
        upload("personnes.csv", "civility,first_name,last_name,email,organisation,roles\n"
                + "Mme,Salma,IDRISSI,salma.idrissi@pan4.example.org,MTNRA,secretariat|committee\n"
                + "M.,Karim,ALAOUI,karim.alaoui@pan4.example.org,MTNRA,focal_point\n"
                + "Mme,Nadia,BENNANI,nadia.bennani@pan4.example.org,ADFM,committee\n", "Importer et inviter");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "3 personne(s) enregistrée(s) et invitée(s)."));
        assertAccessible("personnes");
        signOut(base);

        String secretariat = choosePassword(invitationTo(base, "salma.idrissi@pan4.example.org"), "Secretariat#2027pan");
        signIn(base, secretariat, "Secretariat#2027pan");
        browser.get(base + "/app/plans/PAN4");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='Publier le calendrier']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[.='Lancer la co-création']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"), "Co-création lancée"));
        browser.get(base + "/calendrier?plan=PAN4");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Calendrier de la co-création – PAN4"));
        signOut(base);

        String focalPoint = choosePassword(invitationTo(base, "karim.alaoui@pan4.example.org"), "PointFocal#2027pan");
        logIntoWebapp(base + "/camunda/app/tasklist/default/", focalPoint, "PointFocal#2027pan",
                By.xpath("//*[contains(normalize-space(.),'Mes tâches')]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)=\"Cycle de vie d'un engagement\"]"))).click();
        fill("Field_Title", "Portail des données de l'administration");
        fill("Field_Problem", "Les données publiques restent dispersées entre les ministères.");
        fill("Field_ProposedSolution", "Un portail unique des données ouvertes de l'administration.");
        browser.findElement(By.xpath("//label[normalize-space(.)='Transparence']")).click();
        fill("Field_ActivityTitle", "Inventaire des jeux de données");
        date("Field_ActivityStart", "01/02/2028");
        date("Field_ActivityEnd", "30/06/2028");
        fill("Field_IndicatorDescription", "Nombre de jeux de données publiés");
        submit("Soumettre la fiche");

        long pan4 = plans.getByCode("PAN4").id();
        wait.until(driver -> commitments.findByPlan(pan4).size() == 1);
        Commitment submitted = commitments.findByPlan(pan4).get(0);
        assertThat(submitted.leadInstitutionCode()).isEqualTo("MTNRA");
        assertThat(commitments.findVersion(submitted.id(), 1).orElseThrow().submittedBy()).isEqualTo(focalPoint);
    }

    private void signIn(String base, String login, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut(String base) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/");
    }

    /** Follows the invitation's link and chooses a password; returns the login. */
    private String choosePassword(String link, String password) throws IOException {
        browser.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password"))).sendKeys(password);
        assertAccessible("mot-de-passe");
        browser.findElement(By.id("confirmation")).sendKeys(password);
        String login = browser.findElement(By.name("username")).getAttribute("value");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role='status']"),
                "Votre mot de passe est enregistré"));
        return login;
    }

    /** The invitation's link, on this test's server (its port is random). */
    private String invitationTo(String base, String address) throws Exception {
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            Matcher link = LINK.matcher(Mails.text(mail));
            if (Mails.recipients(mail).contains(address) && link.find()) {
                return base + link.group();
            }
        }
        throw new AssertionError("no invitation to " + address);
    }

    private void upload(String name, String csv, String button) throws IOException {
        Path file = Files.createTempFile(name.replace(".csv", "-"), ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[.='" + button + "']")).click();
    }
}
