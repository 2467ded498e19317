package ma.ogp.pan.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A read-only text of any length for a task form. Camunda stores a String variable in 4,000 characters; a ranking
 * or a set of observations is longer, so it goes as a JSON string, which Tasklist shows as text. Its form field is
 * {@code disabled}, so Tasklist never submits it back as a (too long) String.
 */
public final class FormText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormText() {
    }

    public static TypedValue of(String text) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(text)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a variable set by {@link #of}, or of a plain String. */
    public static String read(Object value) {
        return value instanceof SpinJsonNode node ? node.stringValue() : (String) value;
    }
}
