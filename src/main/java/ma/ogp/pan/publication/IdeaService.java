package ma.ogp.pan.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.Days;
import ma.ogp.pan.web.CsvFile;
import ma.ogp.pan.web.TextFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ideas of non-governmental actors: entered one by one or imported from a CSV file, all or nothing, each
 * linked to the commitments that took it up. Both paths check the same text fields the same way.
 */
@Service
@Transactional
public class IdeaService {

    /** The import's columns, in this order; commitments are references separated by "|". */
    public static final List<String> COLUMNS = List.of("reference", "title", "description", "organisation", "theme",
            "email", "submitted_on", "commitments");
    /** The limits of the columns, in UTF-16 units: within the stored size on H2 (units) and PostgreSQL (characters). */
    private static final Map<String, Integer> LIMITS = Map.of("reference", 40, "title", 300, "description", 4000,
            "organisation", 200, "theme", 120, "email", 254, "submitted_on", 10, "commitments", 2000);
    /** The form's labels of the columns, which its refusals name. */
    private static final Map<String, String> LABELS = Map.of("reference", "Référence", "title", "Titre",
            "description", "Description", "organisation", "Organisation de l'auteur", "theme", "Thème",
            "email", "Courriel", "submitted_on", "Date", "commitments", "Engagements");
    private static final Set<String> OPTIONAL = Set.of("description", "email", "commitments");

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

    /** Records one idea entered in the form (fields named as the columns); every problem names its field. */
    public void record(ActionPlan plan, Map<String, String> form, String by) {
        List<String> errors = new ArrayList<>();
        Known known = new Known(plan);
        Idea idea = idea(plan, form, known, (column, problem) -> errors.add(LABELS.get(column) + " : " + problem));
        if (!errors.isEmpty()) {
            throw new IdeaRefusal(errors);
        }
        store(plan, List.of(idea), known, by);
    }

    /** Imports every row or none; each problem is reported with its line and column. Returns the count. */
    public int importCsv(ActionPlan plan, String csv, String by) {
        List<String> errors = new ArrayList<>();
        List<CsvFile.Row> rows = CsvFile.read(csv, COLUMNS, errors);
        Known known = new Known(plan);
        List<Idea> read = new ArrayList<>();
        for (CsvFile.Row row : rows) {
            read.add(idea(plan, row.fields(), known,
                    (column, problem) -> errors.add(CsvFile.at(row, COLUMNS, column, problem))));
        }
        if (!errors.isEmpty()) {
            throw new IdeaRefusal(errors);
        }
        store(plan, read, known, by);
        return read.size();
    }

    /** What an idea is checked against, read once per request: the plan's commitments and ideas. */
    private final class Known {
        final Map<String, Long> commitmentIds;
        final Set<String> references;

        Known(ActionPlan plan) {
            commitmentIds = commitments.findByPlan(plan.id()).stream()
                    .collect(Collectors.toMap(Commitment::reference, Commitment::id));
            references = new HashSet<>(ideas.references(plan.id()));
        }
    }

    private static Idea idea(ActionPlan plan, Map<String, String> raw, Known known, BiConsumer<String, String> problem) {
        Map<String, String> fields = TextFields.clean(raw, COLUMNS, LIMITS, OPTIONAL, problem);
        String reference = fields.get("reference");
        if (reference != null && !known.references.add(reference)) {
            problem.accept("reference", "référence " + reference + " déjà enregistrée");
        }
        String email = fields.get("email");
        if (email != null && !TextFields.EMAIL.matcher(email).matches()) {
            problem.accept("email", "courriel invalide « " + TextFields.shown(email) + " »");
        }
        return new Idea(null, plan.id(), reference, fields.get("title"), fields.get("description"),
                fields.get("organisation"), fields.get("theme"), email, day(plan, fields.get("submitted_on"), problem),
                references(fields.get("commitments"), known, problem));
    }

    private static LocalDate day(ActionPlan plan, String text, BiConsumer<String, String> problem) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = Days.parse(text);
            if (!plan.allows(day)) {
                problem.accept("submitted_on", plan.outOfPeriod());
            }
            return day;
        } catch (DateTimeParseException e) {
            problem.accept("submitted_on", "date illisible « " + TextFields.shown(text) + " » (AAAA-MM-JJ)");
            return null;
        }
    }

    private static List<String> references(String text, Known known, BiConsumer<String, String> problem) {
        List<String> references = text == null ? List.of()
                : Arrays.stream(text.split("[|,\\s]+")).filter(r -> !r.isEmpty()).toList();
        Set<String> seen = new HashSet<>();
        for (String reference : references) {
            if (!known.commitmentIds.containsKey(reference)) {
                problem.accept("commitments", "engagement inconnu " + TextFields.shown(reference));
            } else if (!seen.add(reference)) {
                problem.accept("commitments", "engagement " + reference + " cité deux fois");
            }
        }
        return references;
    }

    /** Batch inserts, then the links by one read of the new ids: a few statements however many rows. */
    private void store(ActionPlan plan, List<Idea> read, Known known, String by) {
        try {
            ideas.insertAll(read, by, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // another import stored one of these references meanwhile
            throw new IdeaRefusal(List.of("une référence du fichier vient d'être enregistrée par ailleurs ; réessayez"));
        }
        Map<String, Long> ids = ideas.idsByReference(plan.id());
        List<long[]> links = new ArrayList<>();
        read.forEach(idea -> idea.commitmentReferences().forEach(reference ->
                links.add(new long[] {ids.get(idea.reference()), known.commitmentIds.get(reference)})));
        ideas.linkAll(links);
    }
}
