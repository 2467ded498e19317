package ma.ogp.pan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The open-data CSV files: UTF-8, a header row, RFC 4180 quoting, CRLF line ends; one row per JSON object. */
public final class OpenDataCsv {

    private OpenDataCsv() {
    }

    /** The rows (their values in column order) as a CSV download named {@code filename}. */
    public static ResponseEntity<String> response(String filename, List<String> columns,
                                                  List<Map<String, Object>> rows) {
        String csv = Stream.concat(Stream.of(String.join(",", columns)), rows.stream()
                        .map(row -> row.values().stream().map(OpenDataCsv::cell).collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .body(csv);
    }

    /** RFC 4180: quoted when needed, quotes doubled. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
