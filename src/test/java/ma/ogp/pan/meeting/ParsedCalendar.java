package ma.ogp.pan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An iCalendar text read as RFC 5545 says, independently of how the application writes it: CRLF line ends, lines
 * of at most 75 octets, unfolded, then split into name, parameters and value; TEXT values unescaped.
 */
record ParsedCalendar(List<Property> properties) {

    record Property(String name, String parameters, String value) {
    }

    static ParsedCalendar parse(String raw) {
        assertThat(raw).endsWith("\r\n");
        assertThat(raw.replace("\r\n", "")).as("every line ends with CRLF").doesNotContain("\n").doesNotContain("\r");
        for (String line : raw.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("folded: " + line).isLessThanOrEqualTo(75);
        }
        List<Property> properties = new ArrayList<>();
        for (String line : raw.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            int colon = valueStart(line);
            String head = line.substring(0, colon);
            int semicolon = head.indexOf(';');
            properties.add(semicolon < 0 ? new Property(head, "", line.substring(colon + 1))
                    : new Property(head.substring(0, semicolon), head.substring(semicolon + 1), line.substring(colon + 1)));
        }
        return new ParsedCalendar(properties);
    }

    /** The first colon outside a quoted parameter value. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        throw new AssertionError("No value in " + line);
    }

    /** The value of the only (or first) property of that name inside the VEVENT. */
    String event(String name) {
        return eventProperties().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name)).value();
    }

    Property eventProperty(String name) {
        return eventProperties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    List<Property> all(String name) {
        return eventProperties().stream().filter(p -> p.name().equals(name)).toList();
    }

    String calendar(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().value();
    }

    private List<Property> eventProperties() {
        int begin = properties.indexOf(new Property("BEGIN", "", "VEVENT"));
        int end = properties.indexOf(new Property("END", "", "VEVENT"));
        assertThat(begin).isGreaterThan(0);
        return properties.subList(begin + 1, end);
    }

    /** A TEXT value as written before escaping. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(Arrays.asList(';', ',')).as("unescaped separator in " + value).doesNotContain(c);
                out.append(c);
            }
        }
        return out.toString();
    }
}
