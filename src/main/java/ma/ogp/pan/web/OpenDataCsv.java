package ma.ogp.pan.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The CSV twin of an open-data JSON list: UTF-8, a header row, RFC 4180 quoting, CRLF line ends. Text that a
 * spreadsheet would run as a formula gets a leading single quote (OWASP's CSV injection advice); the JSON keeps it.
 */
public final class OpenDataCsv {

    /** What makes a cell quoted; compiled once, not for each of a large export's cells. */
    private static final Pattern QUOTED = Pattern.compile("[\",\r\n]");

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

    /**
     * The same text written row by row as {@code rows} hands them over (read from the database as they come): a
     * dataset of any size in constant memory, its first bytes sent before its last row is read.
     */
    public static ResponseEntity<StreamingResponseBody> streamed(String filename, List<String> columns,
                                                                 Consumer<Consumer<Map<String, Object>>> rows) {
        return headers("inline", filename).body(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(line(columns, header(columns)));
            rows.accept(row -> {
                try {
                    writer.write(line(columns, row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        });
    }

    private static String text(List<String> columns, List<Map<String, Object>> rows) {
        return Stream.concat(Stream.of(header(columns)), rows.stream()).map(row -> line(columns, row))
                .collect(Collectors.joining());
    }

    /** The header row: each column under its own name. */
    private static Map<String, Object> header(List<String> columns) {
        return columns.stream().collect(Collectors.toMap(c -> c, c -> c));
    }

    /** One CSV line, its CRLF included. */
    private static String line(List<String> columns, Map<String, Object> row) {
        return columns.stream().map(c -> cell(row.get(c))).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static ResponseEntity<String> response(String disposition, String filename, String csv) {
        return headers(disposition, filename).body(csv);
    }

    private static ResponseEntity.BodyBuilder headers(String disposition, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", disposition + "; filename=\"" + filename + "\"");
    }

    /** Quoted when needed, quotes doubled; numbers stay numbers, even negative ones. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : inert(value.toString());
        return QUOTED.matcher(text).find() ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** What Excel, LibreOffice and Google Sheets read as the start of a formula. */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
