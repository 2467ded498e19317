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
        String csv = Stream.concat(Stream.of(String.join(",", columns)), rows.stream()
                        .map(row -> columns.stream().map(c -> cell(row.get(c))).collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
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
