package ma.ogp.pan.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ma.ogp.pan.plan.PublicPlans;
import ma.ogp.pan.web.OpenDataCsv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of the minutes, CSV and JSON (UTF-8): the observations each meeting recorded per commitment, and who
 * attended or was absent (organisation and name, never an e-mail address). Columns in the README.
 */
@RestController
class MinutesOpenDataController {

    static final List<String> OBSERVATION_COLUMNS = List.of("meeting_id", "meeting_date", "commitment_number",
            "reference", "commitment_title", "observation_id", "observation", "suggestions", "author_name");
    static final List<String> PARTICIPANT_COLUMNS = List.of("meeting_id", "meeting_date", "presence",
            "organisation", "name");

    private final MinutesService minutes;
    private final PublicPlans plans;

    MinutesOpenDataController(MinutesService minutes, PublicPlans plans) {
        this.minutes = minutes;
        this.plans = plans;
    }

    /** Both datasets in both formats: the JSON list holds the same rows as the CSV. */
    @GetMapping("/donnees/{plan}/{dataset:proces-verbaux|proces-verbaux-participants}.{format:csv|json}")
    ResponseEntity<?> export(@PathVariable String plan, @PathVariable String dataset, @PathVariable String format) {
        boolean observations = dataset.equals("proces-verbaux");
        List<Map<String, Object>> rows = observations ? observations(plan) : participants(plan);
        List<String> columns = observations ? OBSERVATION_COLUMNS : PARTICIPANT_COLUMNS;
        return format.equals("csv") ? OpenDataCsv.of(plan + "-" + dataset + ".csv", columns, rows)
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
    }

    private List<Map<String, Object>> observations(String plan) {
        return all(plan).flatMap(m -> m.commitments().stream()).flatMap(c -> c.observations().stream()).map(o -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("meeting_id", o.meetingId());
            row.put("meeting_date", o.heldOn().toString());
            row.put("commitment_number", o.commitmentNumber());
            row.put("reference", o.reference());
            row.put("commitment_title", o.commitmentTitle());
            row.put("observation_id", o.observationId());
            row.put("observation", o.text());
            row.put("suggestions", o.suggestions().stream().map(Enum::name).collect(Collectors.joining(" | ")));
            row.put("author_name", o.author());
            return row;
        }).toList();
    }

    private List<Map<String, Object>> participants(String plan) {
        return all(plan).flatMap(m -> Stream.concat(
                m.attendees().stream().map(a -> participant(m, "present", a.organisation(), a.name())),
                m.absentees().stream().map(organisation -> participant(m, "absent", organisation, null)))).toList();
    }

    private static Map<String, Object> participant(Minutes m, String presence, String organisation, String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("meeting_id", m.meeting().id());
        row.put("meeting_date", m.meeting().heldOn().toString());
        row.put("presence", presence);
        row.put("organisation", organisation);
        row.put("name", name);
        return row;
    }

    private Stream<Minutes> all(String plan) {
        return minutes.minutesOf(plans.get(plan)).stream();
    }
}
