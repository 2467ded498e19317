package ma.ogp.pan.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.Sector;
import ma.ogp.pan.identity.EngineGroups;
import ma.ogp.pan.web.CsvFile;
import ma.ogp.pan.web.TextFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Institutions entered one by one or imported from a CSV file, all or nothing; each gets its focal points' group in
 * the engine at once. The code is the institution's key (commitments, groups): it never changes.
 */
@Service
@Transactional
public class InstitutionService {

    /** The import's columns, in this order. */
    public static final List<String> COLUMNS = List.of("code", "name", "acronym", "sector");
    private static final Map<String, Integer> LIMITS = Map.of("code", 40, "name", 300, "acronym", 40, "sector", 20);
    private static final Map<String, String> LABELS = Map.of("code", "Code", "name", "Nom", "acronym", "Sigle",
            "sector", "Secteur");
    /** Letters, digits, dot and hyphen: the code names the engine group of the institution's focal points. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    private final CommitteeRepository committee;
    private final PeopleRepository people;
    private final EngineGroups groups;

    InstitutionService(CommitteeRepository committee, PeopleRepository people, EngineGroups groups) {
        this.committee = committee;
        this.people = people;
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public List<Institution> all() {
        return committee.findAllInstitutions();
    }

    /** Records one institution entered in the form (fields named as the columns); every problem names its field. */
    public Institution create(Map<String, String> form) {
        List<String> errors = new ArrayList<>();
        Institution institution = read(form, codesInUse(), (column, problem) -> errors.add(LABELS.get(column) + " : " + problem));
        refuseIf(errors);
        return store(List.of(institution)).get(0);
    }

    /** Imports every row or none; each problem is reported with its line and column. Returns the count. */
    public int importCsv(String csv) {
        List<String> errors = new ArrayList<>();
        List<CsvFile.Row> rows = CsvFile.read(csv, COLUMNS, errors);
        Set<String> codes = codesInUse();
        List<Institution> read = new ArrayList<>();
        for (CsvFile.Row row : rows) {
            read.add(read(row.fields(), codes, (column, problem) -> errors.add(CsvFile.at(row, COLUMNS, column, problem))));
        }
        refuseIf(errors);
        return store(read).size();
    }

    /** New name, acronym or sector; a sector change keeps the committee seats consistent or is refused. */
    public Institution update(String code, Map<String, String> form) {
        Institution current = committee.findInstitutionByCode(code).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Aucune institution « " + TextFields.shown(code) + " »"));
        List<String> errors = new ArrayList<>();
        Map<String, String> fields = new HashMap<>(form);
        fields.put("code", current.code());
        Institution changed = read(fields, null, (column, problem) -> errors.add(LABELS.get(column) + " : " + problem));
        if (errors.isEmpty() && changed.sector() != current.sector() && people.committeeMembers(current.id()) > 0) {
            errors.add("Secteur : des personnes de cette institution siègent au comité pour son secteur actuel ;"
                    + " retirez-leur d'abord ce rôle");
        }
        refuseIf(errors);
        Institution updated = new Institution(current.id(), current.code(), changed.name(), changed.acronym(), changed.sector());
        people.update(updated);
        groups.ensureInstitution(updated);
        return updated;
    }

    private Set<String> codesInUse() {
        Set<String> codes = new HashSet<>();
        committee.findAllInstitutions().forEach(i -> codes.add(i.code().toLowerCase(Locale.ROOT)));
        return codes;
    }

    private static Institution read(Map<String, String> raw, Set<String> codes, BiConsumer<String, String> problem) {
        Map<String, String> fields = TextFields.clean(raw, COLUMNS, LIMITS, Set.of("acronym"), problem);
        String code = fields.get("code");
        if (code != null && !CODE.matcher(code).matches()) {
            problem.accept("code", "code « " + TextFields.shown(code) + " » refusé : lettres, chiffres, point et tiret seulement");
        } else if (code != null && codes != null && !codes.add(code.toLowerCase(Locale.ROOT))) {
            problem.accept("code", "code " + code + " déjà enregistré");
        }
        Sector sector = null;
        if (fields.get("sector") != null) {
            sector = Constituency.parse(fields.get("sector")).orElse(null);
            if (sector == null) {
                problem.accept("sector", "secteur inconnu « " + TextFields.shown(fields.get("sector"))
                        + " » (GOVERNMENT, CIVIL_SOCIETY ou INTERNATIONAL)");
            }
        }
        return new Institution(null, code, fields.get("name"), fields.get("acronym"), sector);
    }

    private List<Institution> store(List<Institution> read) {
        List<Institution> stored;
        try {
            stored = read.stream().map(committee::insert).toList();
        } catch (DuplicateKeyException e) {
            // another request stored one of these codes meanwhile
            throw new PeopleRefusal(List.of("un code vient d'être enregistré par ailleurs ; réessayez"));
        }
        stored.forEach(groups::ensureInstitution);
        return stored;
    }

    private static void refuseIf(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new PeopleRefusal(errors);
        }
    }
}
