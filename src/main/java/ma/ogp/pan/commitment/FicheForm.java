package ma.ogp.pan.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.ogp.pan.plan.Days;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The fiche as the Camunda Forms see it: keys {@code title}, {@code problem}, {@code proposedSolution},
 * {@code ogpValues} (list), {@code activities} (rows of title, startDate, endDate, deliverable) and
 * {@code indicators} (rows of description). Lists travel as JSON variables, which form-js reads and writes.
 */
@Component
public class FicheForm {

    /** The form keys of a fiche. */
    public static final List<String> KEYS =
            List.of("title", "problem", "proposedSolution", "ogpValues", "activities", "indicators");

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Clock clock;

    FicheForm(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The fiche submitted on this task or execution, as a version to be numbered by the caller. */
    public CommitmentVersion read(VariableScope scope, String submittedBy) {
        Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
        for (Object code : list(scope.getVariable("ogpValues"))) {
            try {
                values.add(OgpValue.valueOf(String.valueOf(code)));
            } catch (IllegalArgumentException e) {
                throw new InvalidFicheException("ogpValues", "Valeur OGP inconnue : " + code);
            }
        }
        List<Activity> activities = new ArrayList<>();
        for (Map<String, Object> row : rows(scope.getVariable("activities"), "activities")) {
            activities.add(new Activity(text(row.get("title")), date(row.get("startDate")), date(row.get("endDate")),
                    text(row.get("deliverable"))));
        }
        List<String> indicators = rows(scope.getVariable("indicators"), "indicators").stream()
                .map(row -> text(row.get("description")))
                .filter(d -> d != null && !d.isBlank())
                .toList();
        return new CommitmentVersion(0, text(scope.getVariable("title")), text(scope.getVariable("problem")),
                text(scope.getVariable("proposedSolution")), values, List.of(), activities, indicators, submittedBy,
                OffsetDateTime.now(clock));
    }

    /** Variables that pre-fill a form with this fiche. */
    public VariableMap prefill(CommitmentVersion fiche) {
        List<Map<String, Object>> activities = fiche.activities().stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", a.title());
            row.put("startDate", a.startDate().toString());
            row.put("endDate", a.endDate().toString());
            row.put("deliverable", a.deliverable());
            return row;
        }).toList();
        List<Map<String, Object>> indicators = fiche.indicators().stream()
                .<Map<String, Object>>map(d -> Map.of("description", d)).toList();
        return Variables.createVariables()
                .putValue("title", fiche.title())
                .putValue("problem", fiche.problem())
                .putValue("proposedSolution", fiche.proposedSolution())
                .putValueTyped("ogpValues", jsonValue(fiche.ogpValues().stream().map(Enum::name).toList()))
                .putValueTyped("activities", jsonValue(activities))
                .putValueTyped("indicators", jsonValue(indicators));
    }

    private JsonValue jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<?> list(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof Collection<?> values) {
            return List.copyOf(values);
        }
        try {
            return json.readValue(raw.toString(), List.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFicheException("ogpValues", "Liste de valeurs OGP illisible");
        }
    }

    private List<Map<String, Object>> rows(Object raw, String field) {
        if (raw == null) {
            return List.of();
        }
        try {
            return raw instanceof Collection<?> ? json.convertValue(raw, ROWS) : json.readValue(raw.toString(), ROWS);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidFicheException(field, "Lignes illisibles");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString();
        try {
            return Days.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFicheException("activities", "Date illisible, attendue sous la forme AAAA-MM-JJ");
        }
    }
}
