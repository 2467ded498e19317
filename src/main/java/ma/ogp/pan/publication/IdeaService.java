package ma.ogp.pan.publication;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas of non-governmental actors: entered one by one or imported from a CSV file, all or nothing, each
 * linked to the commitments that took it up.
 */
@Service
@Transactional
public class IdeaService {

    /** The import's columns, in this order; commitments are references separated by "|". */
    public static final List<String> COLUMNS = List.of("reference", "title", "description", "organisation", "theme",
            "email", "submitted_on", "commitments");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IdeaRepository ideas;
    private final CommitmentRepository commitments;
    private final Clock clock;

    IdeaService(IdeaRepository ideas, CommitmentRepository commitments, Clock clock) {
        this.ideas = ideas;
        this.commitments = commitments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Idea> ofPlan(long planId) {
        return ideas.findByPlan(planId);
    }

    public void record(long planId, Idea idea, String by) {
        List<String> errors = problems(planId, idea, Set.of());
        if (!errors.isEmpty()) {
            throw new IdeaRefusal(errors);
        }
        store(planId, idea, by);
    }

    /** Imports every row or none; each refused row is reported with its line number. Returns the count. */
    public int importCsv(long planId, Reader csv, String by) {
        List<Idea> read = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(csv)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new IdeaRefusal(List.of("ligne 1 : colonnes attendues " + String.join(",", COLUMNS)));
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!rows.hasNext()) {
                    break;
                }
                CSVRecord row = rows.next();
                if (!row.isConsistent()) {
                    errors.add("ligne " + line + " : " + row.size() + " colonnes au lieu de " + COLUMNS.size());
                    continue;
                }
                try {
                    Idea idea = idea(planId, row.toMap());
                    problems(planId, idea, seen).forEach(p -> errors.add("ligne " + line + " : " + p));
                    seen.add(idea.reference());
                    read.add(idea);
                } catch (DateTimeParseException e) {
                    errors.add("ligne " + line + " : date illisible « " + row.get("submitted_on") + " » (AAAA-MM-JJ)");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IdeaRefusal(List.of("fichier CSV illisible : " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new IdeaRefusal(errors);
        }
        read.forEach(idea -> store(planId, idea, by));
        return read.size();
    }

    private static Idea idea(long planId, Map<String, String> row) {
        String day = blankToNull(row.get("submitted_on"));
        return new Idea(null, planId, blankToNull(row.get("reference")), blankToNull(row.get("title")),
                blankToNull(row.get("description")), blankToNull(row.get("organisation")),
                blankToNull(row.get("theme")), blankToNull(row.get("email")),
                day == null ? null : LocalDate.parse(day),
                Arrays.stream(row.getOrDefault("commitments", "").split("\\|")).map(String::strip)
                        .filter(r -> !r.isEmpty()).toList());
    }

    private List<String> problems(long planId, Idea idea, Set<String> alreadyRead) {
        List<String> problems = new ArrayList<>();
        require(idea.reference(), "référence", 40, problems);
        require(idea.title(), "titre", 300, problems);
        require(idea.authorOrganisation(), "organisation", 200, problems);
        require(idea.theme(), "thème", 120, problems);
        if (idea.description() != null && idea.description().length() > 4000) {
            problems.add("description de plus de 4 000 caractères");
        }
        if (idea.submittedOn() == null) {
            problems.add("date de l'idée manquante");
        }
        if (idea.authorEmail() != null && !EMAIL.matcher(idea.authorEmail()).matches()) {
            problems.add("courriel invalide « " + idea.authorEmail() + " »");
        }
        if (idea.reference() != null && (alreadyRead.contains(idea.reference()) || ideas.exists(planId, idea.reference()))) {
            problems.add("référence " + idea.reference() + " déjà enregistrée");
        }
        Set<String> ofPlan = commitments.findByPlan(planId).stream().map(Commitment::reference)
                .collect(Collectors.toSet());
        idea.commitmentReferences().stream().filter(r -> !ofPlan.contains(r))
                .forEach(r -> problems.add("engagement inconnu " + r));
        return problems;
    }

    private void store(long planId, Idea idea, String by) {
        long id = ideas.insert(idea, by, OffsetDateTime.now(clock));
        for (String reference : idea.commitmentReferences()) {
            ideas.link(id, commitments.findByReference(reference).orElseThrow().id());
        }
    }

    private static void require(String value, String name, int max, List<String> problems) {
        if (value == null) {
            problems.add(name + " manquant(e)");
        } else if (value.length() > max) {
            problems.add(name + " de plus de " + max + " caractères");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
