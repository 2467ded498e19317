package ma.ogp.pan.publication;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 * Reads an ideas file into rows of text keyed by column, each with its line. The header is compared by hand rather
 * than given to the parser, which throws on an empty or repeated name; a quoting error names its line and column.
 */
final class IdeaCsv {

    /** A data row: its first line in the file and its fields by column name. */
    record Row(long line, Map<String, String> fields) {
    }

    private static final Pattern AT = Pattern.compile("line: (\\d+), position: (\\d+)");

    private IdeaCsv() {
    }

    static List<Row> read(String text, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            long line = 1;
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header(record, errors);
                    if (!errors.isEmpty()) {
                        return rows;
                    }
                    header = false;
                } else if (record.size() != IdeaService.COLUMNS.size()) {
                    errors.add("ligne " + line + " : " + record.size() + " colonne(s) au lieu de "
                            + IdeaService.COLUMNS.size());
                } else {
                    Map<String, String> fields = new LinkedHashMap<>();
                    IdeaService.COLUMNS.forEach(column -> fields.put(column, record.get(fields.size())));
                    rows.add(new Row(line, fields));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            if (header) {
                errors.add("ligne 1 : fichier vide, en-tête attendu " + String.join(",", IdeaService.COLUMNS));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(unreadable(text, e));
        }
        return rows;
    }

    private static void header(CSVRecord record, List<String> errors) {
        List<String> columns = IdeaService.COLUMNS;
        for (int i = 0; i < Math.max(record.size(), columns.size()); i++) {
            String found = i < record.size() ? record.get(i) : "";
            if (i >= columns.size() || !columns.get(i).equals(found)) {
                errors.add("ligne 1, colonne " + (i + 1) + " : en-tête « " + IdeaService.shown(found)
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
