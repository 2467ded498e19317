package ma.ogp.pan.people;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.Person;
import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.committee.Sector;
import ma.ogp.pan.identity.Accounts;
import ma.ogp.pan.identity.EngineGroups;
import ma.ogp.pan.identity.SignedInSessions;
import ma.ogp.pan.people.Invitations.InvitationMail;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.web.CsvFile;
import ma.ogp.pan.web.TextFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people of the co-creation: added one by one or imported from a CSV file (all or nothing), each with an
 * account without password and an invitation to set it; their roles in each plan, which the engine's groups follow
 * ({@link EngineGroups}); and their departure, which closes the account and keeps their name in the history.
 * Nobody changes her own roles or deactivates herself.
 */
@Service
@Transactional
public class PersonService {

    /** The import's columns, in this order; roles are codes separated by "|", given in the plan the form names. */
    public static final List<String> COLUMNS = List.of("civility", "first_name", "last_name", "email", "organisation",
            "roles");
    private static final Map<String, Integer> LIMITS = Map.of("civility", 10, "first_name", 100, "last_name", 100,
            "email", 254, "organisation", 40, "roles", 200);
    private static final Map<String, String> LABELS = Map.of("civility", "Civilité", "first_name", "Prénom",
            "last_name", "Nom", "email", "Courriel", "organisation", "Organisation", "roles", "Rôles");
    private static final Set<String> OPTIONAL = Set.of("civility", "roles");
    private static final int LOGIN_LENGTH = 50;

    /** A person just added, and the invitation to send her once the transaction committed. */
    public record Invited(PersonRow person, InvitationMail invitation) {
    }

    private final CommitteeRepository committee;
    private final PeopleRepository people;
    private final ActionPlanRepository plans;
    private final Accounts accounts;
    private final EngineGroups groups;
    private final Invitations invitations;
    private final SignedInSessions sessions;
    private final Clock clock;

    PersonService(CommitteeRepository committee, PeopleRepository people, ActionPlanRepository plans, Accounts accounts,
                  EngineGroups groups, Invitations invitations, SignedInSessions sessions, Clock clock) {
        this.committee = committee;
        this.people = people;
        this.plans = plans;
        this.accounts = accounts;
        this.groups = groups;
        this.invitations = invitations;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonRow> all() {
        return people.findPeople();
    }

    @Transactional(readOnly = true)
    public PersonRow get(long id) {
        return people.findPerson(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune personne n° " + id));
    }

    /** Her roles in each plan she has some in, by plan id. */
    @Transactional(readOnly = true)
    public Map<Long, Set<RoleChoice>> roles(long personId) {
        return people.roles(personId).stream().collect(Collectors.groupingBy(PeopleRepository.Role::planId,
                LinkedHashMap::new, Collectors.mapping(r -> RoleChoice.of(r.role()), Collectors.toCollection(
                        () -> EnumSet.noneOf(RoleChoice.class)))));
    }

    /** Adds one person from the form, with her roles in the plan named (none without a plan). */
    public Invited create(Map<String, String> form, String planCode, List<String> roles, String by) {
        List<String> errors = new ArrayList<>();
        Known known = new Known(planCode, errors);
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("roles", String.join("|", roles == null ? List.of() : roles));
        Row row = read(fields, known, (column, problem) -> errors.add(LABELS.get(column) + " : " + problem));
        refuseIf(errors);
        return store(List.of(row), known.plan, by).get(0);
    }

    /** Imports every row or none; each problem is reported with its line and column. */
    public List<Invited> importCsv(String planCode, String csv, String by) {
        List<String> errors = new ArrayList<>();
        Known known = new Known(planCode, errors);
        List<CsvFile.Row> rows = CsvFile.read(csv, COLUMNS, errors);
        List<Row> read = new ArrayList<>();
        for (CsvFile.Row row : rows) {
            read.add(read(row.fields(), known, (column, problem) -> errors.add(CsvFile.at(row, COLUMNS, column, problem))));
        }
        refuseIf(errors);
        return store(read, known.plan, by);
    }

    /** New name, e-mail or organisation; a committee seat must still fit her organisation's sector. */
    public PersonRow update(long id, Map<String, String> form) {
        PersonRow person = get(id);
        List<String> errors = new ArrayList<>();
        Known known = new Known(null, errors);
        known.emails.remove(person.email() == null ? "" : person.email().toLowerCase(Locale.ROOT));
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.remove("roles");
        Row row = read(fields, known, (column, problem) -> errors.add(LABELS.get(column) + " : " + problem));
        if (errors.isEmpty() && row.institution.sector() != person.sector()
                && roles(id).values().stream().anyMatch(r -> r.contains(RoleChoice.COMMITTEE))) {
            errors.add("Organisation : elle siège au comité pour son collège actuel (" + person.constituency()
                    + ") ; retirez d'abord ce rôle");
        }
        refuseIf(errors);
        people.updatePerson(id, row.civility, row.firstName, row.lastName, row.email, row.institution.id());
        if (person.login() != null && accounts.exists(person.login()) && person.active()) {
            accounts.update(person.login(), row.firstName, row.lastName, row.email);
            groups.sync(person.login());
        }
        return get(id);
    }

    /** Her roles in this plan become those chosen; the engine's groups follow. */
    public void setRoles(long id, String planCode, List<String> chosen, String by) {
        PersonRow person = get(id);
        refuseSelf(person, by, "modifier vos propres rôles");
        if (!person.active()) {
            throw new PeopleRefusal(List.of("Cette personne a été désactivée : elle ne peut plus recevoir de rôle."));
        }
        List<String> errors = new ArrayList<>();
        Known known = new Known(planCode, errors);
        Set<PlanRole> roles = roles(String.join("|", chosen == null ? List.of() : chosen), known.plan,
                person.sector(), problem -> errors.add("Rôles : " + problem));
        if (known.plan == null && errors.isEmpty()) {
            errors.add("Plan : choisissez le plan de ces rôles");
        }
        refuseIf(errors);
        people.replaceRoles(id, known.plan.id(), roles);
        groups.sync(person.login());
    }

    /** She leaves: no more sign-in, tasks of her groups, nor mails; her name stays in the history. */
    public void deactivate(long id, String by) {
        PersonRow person = get(id);
        refuseSelf(person, by, "vous désactiver vous-même");
        OffsetDateTime now = OffsetDateTime.now(clock);
        people.deactivate(id, by, now);
        people.endInvitations(id, now);
        if (person.login() != null) {
            accounts.close(person.login());
            groups.sync(person.login());
            sessions.end(person.login());
        }
    }

    /** A new link (the older unused ones stop working), to send once the transaction committed. */
    public Invited reinvite(long id, String by) {
        PersonRow person = get(id);
        if (!person.active() || person.login() == null || person.email() == null) {
            throw new PeopleRefusal(List.of(person.active() ? "Cette personne n'a pas de compte ou pas de courriel."
                    : "Cette personne a été désactivée : elle ne peut plus être invitée."));
        }
        return new Invited(person, invitations.issue(person, roleLines(id), by));
    }

    /** The roles as the invitation lists them: "PAN4 : Membre du comité de pilotage". */
    private List<String> roleLines(long personId) {
        List<String> lines = new ArrayList<>();
        roles(personId).forEach((planId, roles) -> roles.forEach(role ->
                lines.add(plans.getById(planId).code() + " : " + role.label())));
        return lines;
    }

    private static void refuseSelf(PersonRow person, String by, String what) {
        if (person.login() != null && person.login().equalsIgnoreCase(by)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Vous ne pouvez pas " + what
                    + " : demandez-le à un autre membre du secrétariat ou à l'administrateur.");
        }
    }

    /** A person read from the form or a row, checked. */
    private record Row(String civility, String firstName, String lastName, String email, Institution institution,
                       Set<PlanRole> roles) {
    }

    /** What people are checked against, read once per request: the plan, institutions, e-mails and logins in use. */
    private final class Known {
        final ActionPlan plan;
        final Map<String, Institution> institutions = new LinkedHashMap<>();
        final Set<String> emails = new HashSet<>();

        Known(String planCode, List<String> errors) {
            plan = planCode == null || planCode.isBlank() ? null : plans.findByCode(planCode).orElse(null);
            if (planCode != null && !planCode.isBlank() && plan == null) {
                errors.add("Plan : plan inconnu « " + TextFields.shown(planCode) + " »");
            }
            committee.findAllInstitutions().forEach(i -> institutions.put(i.code().toLowerCase(Locale.ROOT), i));
            people.findPeople().stream().filter(p -> p.email() != null)
                    .forEach(p -> emails.add(p.email().toLowerCase(Locale.ROOT)));
        }
    }

    private Row read(Map<String, String> raw, Known known, BiConsumer<String, String> problem) {
        Map<String, String> fields = TextFields.clean(raw, COLUMNS, LIMITS, OPTIONAL, problem);
        String email = fields.get("email");
        if (email != null && !TextFields.EMAIL.matcher(email).matches()) {
            problem.accept("email", "courriel invalide « " + TextFields.shown(email) + " »");
        } else if (email != null && !known.emails.add(email.toLowerCase(Locale.ROOT))) {
            problem.accept("email", "courriel " + email + " déjà utilisé par une autre personne");
        }
        String code = fields.get("organisation");
        Institution institution = code == null ? null : known.institutions.get(code.toLowerCase(Locale.ROOT));
        if (code != null && institution == null) {
            problem.accept("organisation", "institution inconnue « " + TextFields.shown(code)
                    + " » (enregistrez-la d'abord, avec son code)");
        }
        Set<PlanRole> roles = institution == null ? Set.of() : roles(fields.get("roles"), known.plan,
                institution.sector(), p -> problem.accept("roles", p));
        return new Row(fields.get("civility"), fields.get("first_name"), fields.get("last_name"), email, institution, roles);
    }

    private static Set<PlanRole> roles(String text, ActionPlan plan, Sector sector, Consumer<String> problem) {
        Set<PlanRole> roles = EnumSet.noneOf(PlanRole.class);
        if (text == null || text.isBlank()) {
            return roles;
        }
        for (String code : Arrays.stream(text.split("[|,;\\s]+")).filter(c -> !c.isEmpty()).toList()) {
            Optional<RoleChoice> choice = RoleChoice.parse(code);
            if (choice.isEmpty()) {
                problem.accept("rôle inconnu « " + TextFields.shown(code) + " » (" + RoleChoice.codes() + ")");
            } else if (choice.get().planRole(sector).isEmpty()) {
                problem.accept("un partenaire international siège en observateur : il n'est pas membre du comité");
            } else {
                roles.add(choice.get().planRole(sector).get());
            }
        }
        if (!roles.isEmpty() && plan == null) {
            problem.accept("des rôles sans plan : choisissez le plan où elle les tient");
        }
        return roles;
    }

    /** Person, roles, account without password, groups and invitation of each row, in this transaction. */
    private List<Invited> store(List<Row> rows, ActionPlan plan, String by) {
        Set<String> logins = new HashSet<>();
        List<Invited> invited = new ArrayList<>();
        try {
            for (Row row : rows) {
                String login = login(row.email, logins);
                Person person = committee.insert(new Person(null, login, row.civility, row.firstName, row.lastName,
                        row.email, row.institution.id()));
                if (plan != null) {
                    people.replaceRoles(person.id(), plan.id(), row.roles);
                }
                accounts.create(login, row.firstName, row.lastName, row.email);
                groups.sync(login);
                PersonRow stored = get(person.id());
                invited.add(new Invited(stored, invitations.issue(stored, roleLines(person.id()), by)));
            }
        } catch (DuplicateKeyException e) {
            // another request took one of these logins meanwhile
            throw new PeopleRefusal(List.of("un identifiant vient d'être pris par ailleurs ; réessayez"));
        }
        return invited;
    }

    /** Her login: her e-mail's local part in lower-case ASCII letters, digits, dots and hyphens, numbered if taken. */
    private String login(String email, Set<String> takenHere) {
        String local = Normalizer.normalize(email.substring(0, email.indexOf('@')), Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "").replaceAll("^[.-]+|[.-]+$", "");
        String base = local.isEmpty() ? "personne" : local.substring(0, Math.min(local.length(), LOGIN_LENGTH - 3));
        String login = base;
        for (int n = 2; takenHere.contains(login) || people.loginTaken(login) || accounts.exists(login); n++) {
            login = base + n;
        }
        takenHere.add(login);
        return login;
    }

    private static void refuseIf(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new PeopleRefusal(errors);
        }
    }
}
