package ma.ogp.pan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV twin of an open-data JSON list: UTF-8, a header row, RFC 4180 quoting, CRLF line ends. Text that a
 * spreadsheet would run as a formula gets a leading single quote (OWASP's CSV injection advice); the JSON keeps it.
 */
public final class OpenDataCsv {

    private OpenDataCsv() {
    }

    public static ResponseEntity<String> of(String filename, List<String> columns, List<Map<String, Object>> rows) {
        return response("inline", filename, text(columns, rows));
    }

    /**
     * A staff export, downloaded to be opened in a spreadsheet: the same text after a byte-order mark, without which
     * Excel reads UTF-8 as its local code page and garbles accented names.
     */
    public static ResponseEntity<String> download(String filename, List<String> columns,
                                                  List<Map<String, Object>> rows) {
        return response("attachment", filename, "\uFEFF" + text(columns, rows));
    }

    private static String text(List<String> columns, List<Map<String, Object>> rows) {
        return Stream.concat(Stream.of(columns.stream().map(OpenDataCsv::cell).collect(Collectors.joining(","))),
                        rows.stream().map(row -> columns.stream().map(c -> cell(row.get(c)))
                                .collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static ResponseEntity<String> response(String disposition, String filename, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", disposition + "; filename=\"" + filename + "\"")
                .body(csv);
    }

    /** Quoted when needed, quotes doubled; numbers stay numbers, even negative ones. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : inert(value.toString());
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** What Excel, LibreOffice and Google Sheets read as the start of a formula. */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
