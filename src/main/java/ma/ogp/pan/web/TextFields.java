package ma.ogp.pan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first checks of a row of text fields, from a form or an imported file alike: blanks stripped (a blank is
 * absent), required values present, no control character other than tab and line ends, lengths within limits.
 */
public final class TextFields {

    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private TextFields() {
    }

    /**
     * The values of {@code columns} (null when absent or refused), each problem given with its column.
     * {@code limits} are in UTF-16 units: within the stored size on H2 (units) and PostgreSQL (characters).
     */
    public static Map<String, String> clean(Map<String, String> raw, List<String> columns, Map<String, Integer> limits,
                                            Set<String> optional, BiConsumer<String, String> problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : columns) {
            String value = raw.get(column);
            value = value == null || value.isBlank() ? null : value.strip();
            if (value == null && !optional.contains(column)) {
                problem.accept(column, "valeur manquante");
            } else if (value != null && CONTROL.matcher(value).find()) {
                problem.accept(column, "caractère de contrôle refusé (U+%04X)".formatted((int) control(value)));
                value = null;
            } else if (value != null && value.length() > limits.get(column)) {
                problem.accept(column, "plus de " + limits.get(column) + " caractères");
                value = null;
            }
            fields.put(column, value);
        }
        return fields;
    }

    /** A value as a message may quote it: controls replaced, at most 40 characters. */
    public static String shown(String value) {
        String visible = CONTROL.matcher(value).replaceAll("?");
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }

    private static char control(String value) {
        Matcher control = CONTROL.matcher(value);
        control.find();
        return control.group().charAt(0);
    }
}
