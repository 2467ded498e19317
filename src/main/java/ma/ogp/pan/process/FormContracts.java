package ma.ogp.pan.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The contract of every human step, read once from the deployed {@code forms/*.form}: the form is the one
 * declaration of what a step accepts, so a field added to a form is accepted and nothing else is.
 */
@Component
public class FormContracts {

    /** Components that show something and carry no input. */
    private static final Set<String> DISPLAY = Set.of("text", "html", "image", "spacer", "separator", "button",
            "iframe", "table", "documentPreview");

    private final Map<String, FormContract> byFormId = new LinkedHashMap<>();

    public FormContracts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                JsonNode schema = json.readTree(in);
                String id = schema.path("id").asText();
                Map<String, FormField> fields = new LinkedHashMap<>();
                collect(id, schema.path("components"), fields);
                byFormId.put(id, new FormContract(id, Map.copyOf(fields)));
            }
        }
    }

    public Optional<FormContract> forForm(String formId) {
        return Optional.ofNullable(byFormId.get(formId));
    }

    private static void collect(String formId, JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("group")) {
                collect(formId, component.path("components"), fields);
            } else if (type.equals("dynamiclist")) {
                Map<String, FormField> columns = new LinkedHashMap<>();
                collect(formId, component.path("components"), columns);
                String key = component.path("path").asText();
                fields.put(key, new FormField(key, FormField.Kind.LIST, false, Integer.MAX_VALUE, null, Set.of(),
                        Map.copyOf(columns)));
            } else if (!DISPLAY.contains(type)) {
                FormField field = field(component, type);
                if (field == null) {
                    throw new UncheckedIOException(new IOException(
                            "Form " + formId + ": component type '" + type + "' has no server-side check"));
                }
                fields.put(field.key(), field);
            }
        }
    }

    private static FormField field(JsonNode component, String type) {
        FormField.Kind kind = switch (type) {
            case "textfield", "textarea" -> FormField.Kind.TEXT;
            case "number" -> FormField.Kind.NUMBER;
            case "checkbox" -> FormField.Kind.BOOLEAN;
            case "select", "radio" -> FormField.Kind.CHOICE;
            case "checklist", "taglist" -> FormField.Kind.CHOICES;
            case "datetime" -> component.path("subtype").asText().equals("date") ? FormField.Kind.DATE : null;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        JsonNode validate = component.path("validate");
        boolean readOnly = isSet(component.path("readonly")) || isSet(component.path("disabled"));
        String pattern = validate.path("pattern").asText(null);
        Set<String> values = new TreeSet<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        return new FormField(component.path("key").asText(), kind, readOnly,
                validate.path("maxLength").asInt(FormField.STORED_TEXT_LIMIT),
                pattern == null ? null : Pattern.compile(pattern), Set.copyOf(values), Map.of());
    }

    /** {@code true}, or an expression (FEEL) that may make it so: either way not the person's to write. */
    private static boolean isSet(JsonNode flag) {
        return flag.isBoolean() ? flag.booleanValue() : flag.isTextual() && !flag.textValue().isBlank();
    }
}
