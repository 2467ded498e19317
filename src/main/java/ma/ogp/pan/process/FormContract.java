package ma.ogp.pan.process;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a person may send when she completes a step: exactly the fields of its Camunda Form, each of its type and
 * within its limits. Read-only fields are the server's: dropped from the submission, or (in a list's rows) required
 * unchanged, so a row cannot be moved to another commitment.
 */
public record FormContract(String formId, Map<String, FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENTRY_KEYS = Set.of("value", "type", "valueInfo");

    /**
     * The submitted variables (engine REST format: name → {value, type, valueInfo}) as the engine may store them;
     * {@code current} gives a list's rows as the server presented them.
     */
    public ObjectNode check(JsonNode variables, Function<String, JsonNode> current) {
        if (variables == null || variables.isNull()) {
            return JSON.createObjectNode();
        }
        if (!variables.isObject()) {
            throw new RefusedInput("variables", "Liste de champs illisible");
        }
        ObjectNode accepted = JSON.createObjectNode();
        variables.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            FormField field = fields.get(name);
            if (field == null) {
                throw new RefusedInput(FormField.abbreviated(name), "Champ inconnu du formulaire « " + formId + " »");
            }
            JsonNode value = value(field, entry.getValue());
            if (!field.readOnly()) {
                field.check(value);
                if (field.kind() == FormField.Kind.LIST) {
                    keepsReadOnlyColumns(field, value, current.apply(name));
                }
                accepted.set(name, entry.getValue());
            }
        });
        return accepted;
    }

    /** The value as JSON, after checking that the declared type fits the field: never an Object, File or Bytes. */
    private static JsonNode value(FormField field, JsonNode entry) {
        if (!entry.isObject()) {
            throw new RefusedInput(field.key(), "Champ illisible");
        }
        entry.fieldNames().forEachRemaining(key -> {
            if (!ENTRY_KEYS.contains(key)) {
                throw new RefusedInput(field.key(), "Propriété inconnue : " + FormField.abbreviated(key));
            }
        });
        JsonNode info = entry.get("valueInfo");
        if (info != null && !(info.isObject() && info.isEmpty()) && !info.isNull()) {
            throw new RefusedInput(field.key(), "Type de valeur refusé");
        }
        String type = entry.path("type").asText("");
        JsonNode value = entry.path("value");
        if (type.equals("Null") || value.isNull() || value.isMissingNode()) {
            return null;
        }
        boolean structured = field.kind() == FormField.Kind.LIST || field.kind() == FormField.Kind.CHOICES;
        Set<String> allowed = switch (field.kind()) {
            case TEXT, CHOICE, DATE -> Set.of("", "String");
            case NUMBER -> Set.of("", "Integer", "Long", "Short", "Double");
            case BOOLEAN -> Set.of("", "Boolean");
            case LIST, CHOICES -> Set.of("Json", "String", "");
        };
        if (!allowed.contains(type)) {
            throw new RefusedInput(field.key(), "Type de valeur refusé : " + FormField.abbreviated(type));
        }
        if (!structured) {
            return value;
        }
        if (!value.isTextual()) {
            throw new RefusedInput(field.key(), "Liste attendue en JSON (type Json)");
        }
        try {
            return JSON.readTree(value.textValue());
        } catch (JsonProcessingException e) {
            throw new RefusedInput(field.key(), "JSON illisible");
        }
    }

    /** A list the server filled (rows with read-only columns) keeps its rows and their read-only values. */
    private static void keepsReadOnlyColumns(FormField list, JsonNode rows, JsonNode presented) {
        var readOnly = list.columns().values().stream().filter(FormField::readOnly).map(FormField::key).toList();
        if (readOnly.isEmpty() || rows == null) {
            return;
        }
        if (presented == null || !presented.isArray() || presented.size() != rows.size()) {
            throw new RefusedInput(list.key(), "Les lignes de la liste ne peuvent être ni ajoutées ni retirées");
        }
        for (int i = 0; i < rows.size(); i++) {
            for (String column : readOnly) {
                JsonNode sent = rows.get(i).get(column);
                if (sent != null && !sent.equals(presented.get(i).get(column))) {
                    throw new RefusedInput(list.key() + "." + column, "Champ en lecture seule modifié");
                }
            }
        }
    }
}
