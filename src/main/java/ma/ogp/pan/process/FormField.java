package ma.ogp.pan.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a Camunda Form as the server checks it: everything Tasklist checks in the browser (length, pattern,
 * allowed values) and what it cannot (type, invisible control characters, the variable storage limit).
 */
record FormField(String key, Kind kind, boolean readOnly, int maxLength, Pattern pattern, Set<String> values,
                 Map<String, FormField> columns) {

    enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, CHOICES, DATE, LIST }

    /** Camunda stores a String variable in 4,000 characters; a longer text would fail in the database. */
    static final int STORED_TEXT_LIMIT = 4000;
    /** Rows of an editable list: far above any fiche, far below what would load the server. */
    static final int MAX_ROWS = 500;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    /** Checks one value (a JSON node: text, number, boolean, array or object; null clears the field). */
    void check(JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (kind) {
            case TEXT -> text(value);
            case NUMBER -> require(value.isNumber(), "Nombre attendu");
            case BOOLEAN -> require(value.isBoolean(), "Vrai ou faux attendu");
            case CHOICE -> choice(value);
            case CHOICES -> {
                require(value.isArray(), "Liste de valeurs attendue");
                value.forEach(this::choice);
            }
            case DATE -> date(value);
            case LIST -> rows(value);
        }
    }

    private void text(JsonNode value) {
        require(value.isTextual(), "Texte attendu");
        String text = value.textValue();
        require(!CONTROL.matcher(text).find(), "Caractère de contrôle interdit");
        int limit = Math.min(maxLength, STORED_TEXT_LIMIT);
        require(text.codePointCount(0, text.length()) <= limit && text.length() <= STORED_TEXT_LIMIT,
                "Texte trop long : " + limit + " caractères au plus");
        require(pattern == null || text.isEmpty() || pattern.matcher(text).find(), "Format invalide");
    }

    private void choice(JsonNode value) {
        require(value.isTextual(), "Valeur attendue parmi " + values);
        require(value.textValue().isEmpty() || values.contains(value.textValue()),
                "Valeur inconnue : " + abbreviated(value.textValue()));
    }

    /** A date of a date picker (yyyy-MM-dd), strictly, and within sense: no year 0 or 10000. */
    private void date(JsonNode value) {
        require(value.isTextual(), "Date attendue (AAAA-MM-JJ)");
        if (value.textValue().isEmpty()) {
            return;
        }
        try {
            int year = LocalDate.parse(value.textValue()).getYear();
            require(year >= 2000 && year <= 2100, "Date hors des années 2000 à 2100");
        } catch (DateTimeParseException e) {
            throw new RefusedInput(key, "Date invalide, attendue sous la forme AAAA-MM-JJ");
        }
    }

    private void rows(JsonNode value) {
        require(value.isArray(), "Liste de lignes attendue");
        require(value.size() <= MAX_ROWS, "Trop de lignes : " + MAX_ROWS + " au plus");
        for (JsonNode row : value) {
            require(row.isObject(), "Ligne illisible");
            row.fieldNames().forEachRemaining(name -> {
                FormField column = columns.get(name);
                if (column == null) {
                    throw new RefusedInput(key + "." + abbreviated(name), "Champ inconnu du formulaire");
                }
                column.check(row.get(name));
            });
        }
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new RefusedInput(key, message);
        }
    }

    static String abbreviated(String text) {
        String shown = CONTROL.matcher(text).replaceAll("?");
        return shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
    }
}
