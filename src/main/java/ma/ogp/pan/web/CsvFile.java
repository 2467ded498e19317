package ma.ogp.pan.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an imported file (ideas, institutions, people) into rows of text keyed by column, each with its line, adding
 * every problem to a list in French with its line. The header is compared by hand rather than given to the parser,
 * which throws on an empty or repeated name; a quoting error names its line and column.
 */
public final class CsvFile {

    /** A data row: its first line in the file and its fields by column name. */
    public record Row(long line, Map<String, String> fields) {
    }

    private static final Pattern AT = Pattern.compile("line: (\\d+), position: (\\d+)");

    private CsvFile() {
    }

    /** The file's text without a byte-order mark (Excel writes one), or "" and an error when it is not UTF-8. */
    public static String text(byte[] bytes, List<String> errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            String read = new String(bytes, StandardCharsets.UTF_8);
            int at = read.indexOf('\uFFFD');
            String before = read.substring(0, Math.max(at, 0));
            errors.add("ligne " + (before.chars().filter(c -> c == '\n').count() + 1) + ", colonne "
                    + (at - before.lastIndexOf('\n')) + " : le fichier n'est pas en UTF-8 (enregistrez-le en « CSV UTF-8 »)");
            return "";
        }
    }

    public static List<Row> read(String text, List<String> columns, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            long line = 1;
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header(record, columns, errors);
                    if (!errors.isEmpty()) {
                        return rows;
                    }
                    header = false;
                } else if (record.size() != columns.size()) {
                    errors.add("ligne " + line + " : " + record.size() + " colonne(s) au lieu de " + columns.size());
                } else {
                    Map<String, String> fields = new LinkedHashMap<>();
                    columns.forEach(column -> fields.put(column, record.get(fields.size())));
                    rows.add(new Row(line, fields));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (header) {
                errors.add("ligne 1 : fichier vide, en-tête attendu " + String.join(",", columns));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(unreadable(text, e));
        }
        return rows;
    }

    /** How a row's problem with one column is reported: its line, the column's number and name. */
    public static String at(Row row, List<String> columns, String column, String problem) {
        return "ligne " + row.line() + ", colonne " + (columns.indexOf(column) + 1) + " (" + column + ") : " + problem;
    }

    private static void header(CSVRecord record, List<String> columns, List<String> errors) {
        for (int i = 0; i < Math.max(record.size(), columns.size()); i++) {
            String found = i < record.size() ? record.get(i) : "";
            if (i >= columns.size() || !columns.get(i).equals(found)) {
                errors.add("ligne 1, colonne " + (i + 1) + " : en-tête « " + TextFields.shown(found)
                        + " » au lieu de « " + (i < columns.size() ? columns.get(i) : "") + " » ; en-tête attendu "
                        + String.join(",", columns));
                return;
            }
        }
    }

    /** The parser's message names its line and its position in the whole text: turned into a line and a column. */
    private static String unreadable(String text, Exception e) {
        Matcher at = AT.matcher(String.valueOf(e.getMessage()));
        String where = "";
        if (at.find()) {
            int position = (int) Math.min(Long.parseLong(at.group(2)), text.length());
            where = ", colonne " + (position - text.lastIndexOf('\n', Math.max(position - 1, 0)));
            where = "ligne " + at.group(1) + where;
        } else {
            where = "fin du fichier";
        }
        return where + " : guillemets mal placés ou non refermés (un champ entre guillemets double ses guillemets"
                + " internes) ; rien n'a été lu au-delà";
    }
}
