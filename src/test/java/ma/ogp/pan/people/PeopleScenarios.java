package ma.ogp.pan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.identity.CamundaGroups;
import ma.ogp.pan.identity.Recipients;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.Mails;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.TestSmtp;
import ma.ogp.pan.support.Visitor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat sets up institutions and people through the pages: imports refused whole with every line's
 * error, an invitation whose link sets a password once and in time, roles that belong to a plan and that the
 * engine's groups follow, a departure that closes the account and keeps the name.
 */
@PanIntegrationTest
abstract class PeopleScenarios {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern LINK = Pattern.compile("(/compte/mot-de-passe\\?jeton=[A-Za-z0-9_-]+)");
    private static final String GOOD_PASSWORD = "Transparence#2027";

    @Autowired IdentityService identity;
    @Autowired CommitteeRepository committee;
    @Autowired ActionPlanRepository plans;
    @Autowired Recipients recipients;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final String suffix = Long.toString(System.nanoTime() % 100_000_000, 36);

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private Visitor secretariat() {
        return new Visitor(port).loggedInAs("oelmoustamide", "demo");
    }

    @Test
    void theSecretariatAddsEditsAndImportsInstitutions() {
        Visitor secretariat = secretariat();
        String code = "INST-" + suffix;
        var created = secretariat.submit("/app/institutions", "/app/institutions",
                Map.of("code", code, "name", "Agence nationale des ports", "acronym", "", "sector", "GOVERNMENT"), true);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Institution " + code + " enregistrée.", "Agence nationale des ports");
        assertThat(identity.createGroupQuery().groupId(CamundaGroups.focalPoints(code)).singleResult().getName())
                .isEqualTo("Points focaux – Agence nationale des ports");

        String page = "/app/institutions/" + code;
        var edited = secretariat.submit(page, page, Map.of("name", "Agence nationale des ports (ANP)", "acronym", "ANP",
                "sector", "GOVERNMENT"), true);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(committee.findInstitutionByCode(code).orElseThrow().acronym()).isEqualTo("ANP");
        assertThat(identity.createGroupQuery().groupId(CamundaGroups.focalPoints(code)).singleResult().getName())
                .isEqualTo("Points focaux – ANP");

        String csv = "code,name,acronym,sector\n"
                + "A-" + suffix + ",Association Transparence Maroc,TM,civil_society\n"
                + "B-" + suffix + ",\"Banque mondiale, bureau de Rabat\",,INTERNATIONAL\n";
        var imported = secretariat.postFile("/app/institutions/import", "file", "institutions.csv",
                csv.getBytes(StandardCharsets.UTF_8), secretariat.csrfToken("/app/institutions"));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("2 institution(s) importée(s).");
        assertThat(committee.findInstitutionByCode("B-" + suffix).orElseThrow().name())
                .isEqualTo("Banque mondiale, bureau de Rabat");
        assertThat(identity.createGroupQuery().groupId(CamundaGroups.focalPoints("A-" + suffix)).count()).isEqualTo(1);
    }

    @Test
    void aBadInstitutionsFileIsRefusedWholeWithEveryErrorAndItsLine() {
        Visitor secretariat = secretariat();
        String csv = "code,name,acronym,sector\n"
                + "OK-" + suffix + ",Bonne ligne,,GOVERNMENT\n"
                + "MTNRA,Déjà là,,GOVERNMENT\n"
                + "X_" + suffix + ",Code refusé,,GOVERNMENT\n"
                + "C-" + suffix + ",,,ONG\n"
                + "ok-" + suffix + ",Même code en minuscules,,GOVERNMENT\n";
        var refused = secretariat.postFile("/app/institutions/import", "file", "institutions.csv",
                csv.getBytes(StandardCharsets.UTF_8), secretariat.csrfToken("/app/institutions"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Rien n'a été enregistré",
                "ligne 3, colonne 1 (code) : code MTNRA déjà enregistré",
                "ligne 4, colonne 1 (code) : code « X_" + suffix + " » refusé : lettres, chiffres, point et tiret seulement",
                "ligne 5, colonne 2 (name) : valeur manquante",
                "ligne 5, colonne 4 (sector) : secteur inconnu « ONG » (GOVERNMENT, CIVIL_SOCIETY ou INTERNATIONAL)",
                "ligne 6, colonne 1 (code) : code ok-" + suffix + " déjà enregistré");
        assertThat(committee.findInstitutionByCode("OK-" + suffix)).isEmpty();
    }

    @Test
    void aNewPersonIsInvitedSetsHerPasswordOnceAndSignsIn() throws Exception {
        Visitor secretariat = secretariat();
        String email = "nadia.alaoui." + suffix + "@anp.example.org";
        var created = secretariat.submit("/app/personnes", "/app/personnes", Map.of("civility", "Mme",
                "first_name", "Nadia", "last_name", "ALAOUI", "email", email, "organisation", "MSISF", "plan", "PAN3",
                "role", "COMMITTEE"), true);
        assertThat(created.statusCode()).isEqualTo(200);
        String login = "nadia.alaoui." + suffix;
        assertThat(created.body()).contains("invitation envoyée à " + email, "identifiant " + login);
        assertThat(committee.findLogins(plans.getByCode("PAN3").id(), PlanRole.COMMITTEE_GOVERNMENT)).contains(login);
        assertThat(isMember(login, CamundaGroups.COMMITTEE_GOVERNMENT)).isTrue();

        MimeMessage mail = mailTo(email);
        String text = Mails.text(mail);
        assertThat(text).contains("Bonjour Mme Nadia ALAOUI", "Votre identifiant : " + login,
                "PAN3 : Membre du comité de pilotage");
        String link = link(text);
        assertThat(jdbc.sql("SELECT token_hash FROM pan_invitation i JOIN pan_person p ON p.id = i.person_id WHERE p.login = ?")
                .param(login).query(String.class).single()).isEqualTo(Invitations.hash(link.substring(link.indexOf('=') + 1)))
                .doesNotContain(link.substring(link.indexOf('=') + 1));

        // before her password, nobody signs in with her account
        assertThat(signIn(login, "")).isFalse();

        Visitor invited = new Visitor(port);
        var form = invited.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("votre identifiant est " + login);
        String token = link.substring(link.indexOf('=') + 1);
        var different = invited.submit(link, "/compte/mot-de-passe", Map.of("jeton", token,
                "password", GOOD_PASSWORD, "confirmation", GOOD_PASSWORD + "x"), true);
        assertThat(different.statusCode()).isEqualTo(400);
        assertThat(different.body()).contains("Les deux mots de passe diffèrent");
        var weak = invited.submit(link, "/compte/mot-de-passe", Map.of("jeton", token,
                "password", "alaoui", "confirmation", "alaoui"), true);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Il faut au moins 10 caractères.", "Il faut au moins 1 majuscule(s).",
                "Il ne doit contenir ni votre identifiant, ni votre prénom, ni votre nom");
        var withoutCsrf = invited.submit(link, "/compte/mot-de-passe", Map.of("jeton", token,
                "password", GOOD_PASSWORD, "confirmation", GOOD_PASSWORD), false);
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(signIn(login, GOOD_PASSWORD)).isFalse();

        var set = invited.submit(link, "/compte/mot-de-passe", Map.of("jeton", token,
                "password", GOOD_PASSWORD, "confirmation", GOOD_PASSWORD), true);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).contains("Votre mot de passe est enregistré");
        assertThat(signIn(login, GOOD_PASSWORD)).isTrue();

        // the link served once
        var again = new Visitor(port).get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Ce lien a déjà servi");
        Visitor other = new Visitor(port);
        var reuse = other.post("/compte/mot-de-passe", Map.of("jeton", token, "password", "Autre#Secret2027",
                "confirmation", "Autre#Secret2027"), other.csrfToken("/login"));
        assertThat(reuse.statusCode()).isEqualTo(410);
        assertThat(signIn(login, "Autre#Secret2027")).isFalse();
        assertThat(new Visitor(port).get("/compte/mot-de-passe?jeton=inconnu").statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredOrReplacedLinkSaysSoAndSetsNothing() {
        Visitor secretariat = secretariat();
        String email = "k.tazi." + suffix + "@example.org";
        secretariat.submit("/app/personnes", "/app/personnes", Map.of("first_name", "Karim", "last_name", "TAZI",
                "email", email, "organisation", "ALCI"), true);
        String first = link(Mails.text(mailTo(email)));
        long id = personId(email);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(73))));
        var expired = new Visitor(port).get(first);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("Ce lien a expiré", "nouvelle invitation");
        assertThat(secretariat.get("/app/personnes").body()).contains("invitation expirée le");

        String page = "/app/personnes/" + id;
        var resent = secretariat.submit(page, page + "/invitation", Map.of(), true);
        assertThat(resent.statusCode()).isEqualTo(200);
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        String second = link(Mails.text(mails.get(1)));
        ClockUtil.reset();
        var replaced = new Visitor(port).get(first);
        assertThat(replaced.statusCode()).isEqualTo(410);
        assertThat(replaced.body()).contains("remplacé par une invitation plus récente");
        assertThat(new Visitor(port).get(second).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvitationSmtpRefusedIsSaidAndSentAgainFromHerPage() {
        Visitor secretariat = secretariat();
        String email = "h.kettani." + suffix + "@example.org";
        String token = secretariat.csrfToken("/app/personnes");
        SMTP.stop();
        var created = secretariat.post("/app/personnes", Map.of("first_name", "Hamza", "last_name", "KETTANI",
                "email", email, "organisation", "ADD"), token);
        SMTP.start();
        // she is recorded; the page says the mail did not leave and how to send it
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Le serveur de courriel n&#39;a pas pris l&#39;invitation de Hamza KETTANI");
        long id = personId(email);
        String page = "/app/personnes/" + id;
        secretariat.submit(page, page + "/invitation", Map.of(), true);
        setPassword(link(Mails.text(mailTo(email))));
        assertThat(signIn("h.kettani." + suffix, GOOD_PASSWORD)).isTrue();
    }

    @Test
    void aPersonWhoLeavesCannotSignInNorGetWorkAndKeepsHerName() {
        Visitor secretariat = secretariat();
        String email = "s.idrissi." + suffix + "@example.org";
        secretariat.submit("/app/personnes", "/app/personnes", Map.of("civility", "Mme", "first_name", "Salma",
                "last_name", "IDRISSI", "email", email, "organisation", "MSISF", "plan", "PAN3",
                "role", "FOCAL_POINT"), true);
        String login = "s.idrissi." + suffix;
        setPassword(link(Mails.text(mailTo(email))));
        assertThat(signIn(login, GOOD_PASSWORD)).isTrue();
        assertThat(recipients.ofGroup(CamundaGroups.focalPoints("MSISF"))).contains(email);
        String link = link(Mails.text(mailTo(email)));
        long id = personId(email);
        String page = "/app/personnes/" + id;
        secretariat.submit(page, page + "/invitation", Map.of(), true);
        String pending = link(Mails.text(mailsTo(email).get(1)));
        assertThat(pending).isNotEqualTo(link);

        var left = secretariat.submit(page, page + "/desactivation", Map.of(), true);
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("Personne désactivée", "Mme Salma IDRISSI");

        assertThat(signIn(login, GOOD_PASSWORD)).isFalse();
        assertThat(identity.createGroupQuery().groupMember(login).count()).isZero();
        assertThat(committee.findLogins(plans.getByCode("PAN3").id(), PlanRole.FOCAL_POINT)).doesNotContain(login);
        assertThat(recipients.ofGroup(CamundaGroups.focalPoints("MSISF"))).doesNotContain(email);
        assertThat(recipients.ofUser(login)).isEmpty();
        // never deleted: the engine's history and the application still name her
        assertThat(recipients.displayName(login)).isEqualTo("Salma IDRISSI");
        assertThat(committee.findPersonByLogin(login).orElseThrow().displayName()).isEqualTo("Mme Salma IDRISSI");
        assertThat(secretariat.get("/app/personnes").body()).contains("Mme Salma IDRISSI", "désactivée");
        // her pending invitation ended with her
        assertThat(new Visitor(port).get(pending).body()).contains("Ce compte a été désactivé");
        var roles = secretariat.submit(page, page + "/roles", Map.of("plan", "PAN3", "role", "SECRETARIAT"), true);
        assertThat(roles.statusCode()).isEqualTo(400);
        assertThat(isMember(login, CamundaGroups.SECRETARIAT)).isFalse();
    }

    @Test
    void aBadPeopleFileIsRefusedWholeWithEveryErrorAndItsLine() {
        Visitor secretariat = secretariat();
        String csv = "civility,first_name,last_name,email,organisation,roles\n"
                + "Mme,Bonne,LIGNE,bonne." + suffix + "@example.org,MSISF,committee\n"
                + "M.,Sans,COURRIEL,,MSISF,\n"
                + "M.,Mauvais,COURRIEL,pas-un-courriel,MSISF,\n"
                + "M.,Doublon,DEMO,hbennani@pan3.example.org,ADFM,\n"
                + "Mme,Organisation,INCONNUE,o." + suffix + "@example.org,NULLE-PART,\n"
                + "M.,Partenaire,OCDE,p." + suffix + "@example.org,OCDE,committee\n"
                + "M.,Role,INCONNU,r." + suffix + "@example.org,ADD,president\n"
                + "Mme,Bonne,LIGNE,BONNE." + suffix + "@example.org,MSISF,\n";
        var refused = secretariat.postFile("/app/personnes/import", "file", "personnes.csv",
                csv.getBytes(StandardCharsets.UTF_8), secretariat.csrfToken("/app/personnes"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(
                "ligne 3, colonne 4 (email) : valeur manquante",
                "ligne 4, colonne 4 (email) : courriel invalide « pas-un-courriel »",
                "ligne 5, colonne 4 (email) : courriel hbennani@pan3.example.org déjà utilisé par une autre personne",
                "ligne 6, colonne 5 (organisation) : institution inconnue « NULLE-PART »",
                "ligne 7, colonne 6 (roles) : un partenaire international siège en observateur",
                "ligne 8, colonne 6 (roles) : rôle inconnu « president »",
                "ligne 9, colonne 4 (email) : courriel BONNE." + suffix + "@example.org déjà utilisé");
        // the good first line (with the committee role) needed a plan too
        assertThat(refused.body()).contains("ligne 2, colonne 6 (roles) : des rôles sans plan");
        assertThat(committee.findPersonByLogin("bonne." + suffix)).isEmpty();
        assertThat(identity.createUserQuery().userId("bonne." + suffix).count()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aGoodPeopleFileAddsEveryoneWithTheirRolesInThePlanAndInvitesThem() {
        Visitor secretariat = secretariat();
        String csv = "civility,first_name,last_name,email,organisation,roles\n"
                + "Mme,Amal,BERRADA,amal." + suffix + "@example.org,ALCI,committee\n"
                + "M.,Yassine,FASSI,yassine." + suffix + "@example.org,ADD,focal_point|COMMITTEE\n"
                + "M.,Jean,DUPONT,jean." + suffix + "@example.org,OGP-ISU,support_unit\n";
        var imported = secretariat.postFile("/app/personnes/import", "file", "personnes.csv",
                csv.getBytes(StandardCharsets.UTF_8), secretariat.csrfToken("/app/personnes"));
        // the plan is a field of the same form
        assertThat(imported.statusCode()).isEqualTo(400);
        assertThat(imported.body()).contains("des rôles sans plan");

        var withPlan = secretariat.postFile("/app/personnes/import", Map.of("plan", "PAN3"), "file", "personnes.csv",
                csv.getBytes(StandardCharsets.UTF_8), secretariat.csrfToken("/app/personnes"));
        assertThat(withPlan.statusCode()).isEqualTo(200);
        assertThat(withPlan.body()).contains("3 personne(s) enregistrée(s) et invitée(s).");
        assertThat(isMember("amal." + suffix, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)).isTrue();
        assertThat(isMember("yassine." + suffix, CamundaGroups.COMMITTEE_GOVERNMENT)).isTrue();
        assertThat(isMember("yassine." + suffix, CamundaGroups.focalPoints("ADD"))).isTrue();
        assertThat(isMember("jean." + suffix, CamundaGroups.OGP_SUPPORT_UNIT)).isTrue();
        assertThat(mailsTo("amal." + suffix + "@example.org")).hasSize(1);
        assertThat(mailsTo("jean." + suffix + "@example.org")).hasSize(1);
    }

    @Test
    void rolesBelongToAPlanAndTheEngineGroupsFollowThem() {
        ActionPlan pan4 = plans.insert(new ActionPlan(null, "P4-" + suffix, "Quatrième plan",
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)));
        long pan3 = plans.getByCode("PAN3").id();
        Visitor secretariat = secretariat();
        String email = "leila." + suffix + "@example.org";
        secretariat.submit("/app/personnes", "/app/personnes", Map.of("first_name", "Leila", "last_name", "CHAMI",
                "email", email, "organisation", "ADFM", "plan", "PAN3", "role", "COMMITTEE"), true);
        String login = "leila." + suffix;
        long id = personId(email);
        assertThat(committee.findLogins(pan3, PlanRole.COMMITTEE_CIVIL_SOCIETY)).contains(login);
        // a PAN3 committee member is not a member of the next plan's committee unless named
        assertThat(committee.findLogins(pan4.id(), PlanRole.COMMITTEE_CIVIL_SOCIETY)).doesNotContain(login);

        String page = "/app/personnes/" + id;
        var named = secretariat.submit(page, page + "/roles", Map.of("plan", pan4.code(), "role", "COMMITTEE"), true);
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(committee.findLogins(pan4.id(), PlanRole.COMMITTEE_CIVIL_SOCIETY)).contains(login);
        // her PAN3 seat ends; her PAN4 one keeps her in the committee's group
        secretariat.submit(page, page + "/roles", Map.of("plan", "PAN3"), true);
        assertThat(committee.findLogins(pan3, PlanRole.COMMITTEE_CIVIL_SOCIETY)).doesNotContain(login);
        assertThat(isMember(login, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)).isTrue();
        secretariat.submit(page, page + "/roles", Map.of("plan", pan4.code()), true);
        assertThat(isMember(login, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)).isFalse();

        // a civil-society organisation cannot take her to the government's seat silently
        secretariat.submit(page, page + "/roles", Map.of("plan", pan4.code(), "role", "COMMITTEE"), true);
        var moved = secretariat.submit(page, page, Map.of("first_name", "Leila", "last_name", "CHAMI", "email", email,
                "organisation", "MSISF"), true);
        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(moved.body()).contains("elle siège au comité pour son collège actuel (Société civile)");
        var secretary = secretariat.submit(page, page + "/roles", Map.of("plan", pan4.code(), "role", "SECRETARIAT"), true);
        assertThat(secretary.statusCode()).isEqualTo(200);
        assertThat(isMember(login, CamundaGroups.SECRETARIAT)).isTrue();
        assertThat(isMember(login, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)).isFalse();

        // without a committee seat she moves to a ministry; her account follows her new name and address
        var edited = secretariat.submit(page, page, Map.of("civility", "Dr", "first_name", "Leila",
                "last_name", "CHAMI-BENNIS", "email", "l.chami." + suffix + "@msisf.example.org", "organisation", "MSISF"), true);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("Fiche enregistrée.", "Dr Leila CHAMI-BENNIS", "Administration");
        var account = identity.createUserQuery().userId(login).singleResult();
        assertThat(account.getLastName()).isEqualTo("CHAMI-BENNIS");
        assertThat(account.getEmail()).isEqualTo("l.chami." + suffix + "@msisf.example.org");
        var taken = secretariat.submit(page, page, Map.of("first_name", "Leila", "last_name", "CHAMI",
                "email", "hbennani@pan3.example.org", "organisation", "MSISF"), true);
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Courriel : courriel hbennani@pan3.example.org déjà utilisé par une autre personne");
    }

    @Test
    void onlyTheSecretariatManagesPeopleAndNobodyGivesHerselfARole() {
        Visitor member = new Visitor(port).loggedInAs("hbennani", "demo");
        assertThat(member.get("/app/personnes").statusCode()).isEqualTo(403);
        assertThat(member.get("/app/institutions").statusCode()).isEqualTo(403);
        var post = member.post("/app/personnes", Map.of("first_name", "A", "last_name", "B", "email",
                "a." + suffix + "@example.org", "organisation", "ADFM"), member.csrfToken("/login"));
        assertThat(post.statusCode()).isEqualTo(403);
        long hbennani = committee.findPersonByLogin("hbennani").orElseThrow().id();
        var ownRole = member.post("/app/personnes/" + hbennani + "/roles", Map.of("plan", "PAN3", "role", "SECRETARIAT"),
                member.csrfToken("/login"));
        assertThat(ownRole.statusCode()).isEqualTo(403);
        assertThat(isMember("hbennani", CamundaGroups.SECRETARIAT)).isFalse();
        assertThat(new Visitor(port).get("/app/personnes").statusCode()).isEqualTo(302);

        Visitor secretariat = secretariat();
        long self = committee.findPersonByLogin("oelmoustamide").orElseThrow().id();
        String page = "/app/personnes/" + self;
        var own = secretariat.submit(page, page + "/roles", Map.of("plan", "PAN3", "role", "SUPPORT_UNIT"), true);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("Vous ne pouvez pas modifier vos propres rôles");
        assertThat(isMember("oelmoustamide", CamundaGroups.OGP_SUPPORT_UNIT)).isFalse();
        assertThat(secretariat.submit(page, page + "/desactivation", Map.of(), true).statusCode()).isEqualTo(403);
        assertThat(secretariat.submit(page, page + "/roles", Map.of("plan", "PAN3"), false).statusCode()).isEqualTo(403);
    }

    private boolean isMember(String login, String group) {
        return identity.createUserQuery().userId(login).memberOfGroup(group).count() > 0;
    }

    /** Signs in through the login form, as a person does: a success goes to the staff pages, a failure back. */
    private boolean signIn(String login, String password) {
        Visitor visitor = new Visitor(port);
        var answer = visitor.submit("/login", "/login", Map.of("username", login, "password", password), true);
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login");
    }

    private void setPassword(String link) {
        Visitor invited = new Visitor(port);
        var set = invited.submit(link, "/compte/mot-de-passe", Map.of("jeton", link.substring(link.indexOf('=') + 1),
                "password", GOOD_PASSWORD, "confirmation", GOOD_PASSWORD), true);
        assertThat(set.statusCode()).isEqualTo(200);
    }

    private long personId(String email) {
        return jdbc.sql("SELECT id FROM pan_person WHERE email = ?").param(email).query(Long.class).single();
    }

    private static MimeMessage mailTo(String email) {
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).isNotEmpty();
        return mails.get(0);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mails.recipients(m).contains(email)).toList();
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link in %s", text).isTrue();
        return link.group(1);
    }
}
