package ma.ogp.pan.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A list of rows shown and edited in a Camunda Form's dynamic list. Tasklist reads and writes it as a JSON variable;
 * REST clients and tests may send a Java list or JSON text.
 */
public final class FormList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormList() {
    }

    /** The rows as a JSON variable, as Tasklist binds them to a dynamic list. */
    public static TypedValue of(List<? extends Map<String, ?>> rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The submitted rows; {@code field} names the form field in the refusal of unreadable input. */
    public static List<Map<String, Object>> read(Object raw, String field) {
        if (raw == null) {
            return List.of();
        }
        try {
            return raw instanceof List<?> list
                    ? JSON.convertValue(list, new TypeReference<List<Map<String, Object>>>() { })
                    : new ArrayList<>(JSON.readValue(raw.toString(), new TypeReference<List<Map<String, Object>>>() { }));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FormInputException(field, "Liste illisible : " + e.getMessage());
        }
    }

    public static String text(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

}
