package ma.ogp.pan.people;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ma.ogp.pan.identity.SecretariatOnly;
import ma.ogp.pan.people.PersonService.Invited;
import ma.ogp.pan.plan.ActionPlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The secretariat adds, imports and edits the people at {@code /app/personnes}, gives them roles plan by plan,
 * invites them again and deactivates those who leave. Invitations go out once their transaction committed.
 */
@Controller
class PeopleController {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleController.class);

    private final PersonService people;
    private final InstitutionService institutions;
    private final ActionPlanRepository plans;
    private final Invitations invitations;
    private final PeopleRepository repository;

    PeopleController(PersonService people, InstitutionService institutions, ActionPlanRepository plans,
                     Invitations invitations, PeopleRepository repository) {
        this.people = people;
        this.institutions = institutions;
        this.plans = plans;
        this.invitations = invitations;
        this.repository = repository;
    }

    @GetMapping("/app/personnes")
    ModelAndView list(Authentication user) {
        SecretariatOnly.require(user);
        return list(null, List.of());
    }

    @PostMapping("/app/personnes")
    ModelAndView create(@RequestParam Map<String, String> form, @RequestParam(name = "role", required = false) List<String> roles,
                        Authentication user) {
        SecretariatOnly.require(user);
        try {
            return list(sent(List.of(people.create(form, form.get("plan"), roles, user.getName()))), List.of());
        } catch (PeopleRefusal refusal) {
            return list(null, refusal.errors());
        }
    }

    @PostMapping("/app/personnes/import")
    ModelAndView importCsv(@RequestParam(name = "plan", required = false) String plan,
                           @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        SecretariatOnly.require(user);
        return ImportForms.importFile(file, text -> sent(people.importCsv(plan, text, user.getName())), this::list);
    }

    @GetMapping("/app/personnes/{id}")
    ModelAndView person(@PathVariable long id, Authentication user) {
        SecretariatOnly.require(user);
        return person(id, null, List.of());
    }

    @PostMapping("/app/personnes/{id}")
    ModelAndView update(@PathVariable long id, @RequestParam Map<String, String> form, Authentication user) {
        SecretariatOnly.require(user);
        try {
            people.update(id, form);
            return person(id, "Fiche enregistrée.", List.of());
        } catch (PeopleRefusal refusal) {
            return person(id, null, refusal.errors());
        }
    }

    @PostMapping("/app/personnes/{id}/roles")
    ModelAndView roles(@PathVariable long id, @RequestParam(name = "plan", required = false) String plan,
                       @RequestParam(name = "role", required = false) List<String> roles, Authentication user) {
        SecretariatOnly.require(user);
        try {
            people.setRoles(id, plan, roles, user.getName());
            return person(id, "Rôles dans " + plan + " enregistrés.", List.of());
        } catch (PeopleRefusal refusal) {
            return person(id, null, refusal.errors());
        }
    }

    @PostMapping("/app/personnes/{id}/invitation")
    ModelAndView reinvite(@PathVariable long id, Authentication user) {
        SecretariatOnly.require(user);
        try {
            return person(id, sent(List.of(people.reinvite(id, user.getName()))), List.of());
        } catch (PeopleRefusal refusal) {
            return person(id, null, refusal.errors());
        }
    }

    @PostMapping("/app/personnes/{id}/desactivation")
    ModelAndView deactivate(@PathVariable long id, Authentication user) {
        SecretariatOnly.require(user);
        people.deactivate(id, user.getName());
        return person(id, "Personne désactivée : elle ne peut plus se connecter ; son nom reste dans l'historique.",
                List.of());
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ModelAndView notAFile(Exception e) {
        return ImportForms.notAFile(e, this::list);
    }

    /** Sends the invitations of people just stored; a mail SMTP refused is said, and can be sent again. */
    private String sent(List<Invited> invited) {
        List<String> failed = new ArrayList<>();
        for (Invited person : invited) {
            try {
                invitations.send(person.invitation());
            } catch (MailException e) {
                LOG.warn("Invitation {} not sent: {}", person.invitation().key(), e.getMessage());
                failed.add(person.person().displayName());
            }
        }
        String done = invited.size() == 1
                ? invited.get(0).person().displayName() + " : invitation envoyée à " + invited.get(0).person().email()
                        + " (identifiant " + invited.get(0).person().login() + ")."
                : invited.size() + " personne(s) enregistrée(s) et invitée(s).";
        return failed.isEmpty() ? done : done + " Le serveur de courriel n'a pas pris l'invitation de "
                + String.join(", ", failed) + " : renvoyez-la depuis sa fiche.";
    }

    /** The list; with refusals it is a 400 listing them, and nothing was stored. */
    private ModelAndView list(String done, List<String> errors) {
        ModelAndView page = new ModelAndView("app/people", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("people", people.all());
        page.addObject("invitations", repository.latestInvitations().stream()
                .collect(Collectors.toMap(PeopleRepository.Invitation::personId, invitations::status)));
        page.addObject("institutions", institutions.all());
        page.addObject("plans", plans.findAll());
        page.addObject("roles", RoleChoice.values());
        page.addObject("columns", String.join(",", PersonService.COLUMNS));
        page.addObject("roleCodes", RoleChoice.codes());
        page.addObject("done", done);
        page.addObject("errors", errors);
        return page;
    }

    private ModelAndView person(long id, String done, List<String> errors) {
        ModelAndView page = new ModelAndView("app/person", errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("person", people.get(id));
        page.addObject("rolesByPlan", people.roles(id));
        page.addObject("institutions", institutions.all());
        page.addObject("plans", plans.findAll());
        page.addObject("roles", RoleChoice.values());
        page.addObject("done", done);
        page.addObject("errors", errors);
        return page;
    }
}
