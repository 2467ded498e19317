package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The French locale of each Camunda webapp is written for this project, beside the webjar's own en.json: any key a
 * Camunda upgrade adds to en.json and our fr.json lacks would show as a raw key (e.g. {@code PLGN_HIST_SUSPEND}).
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyKeyOfTheWebjarsEnglishLocaleIsInOurFrenchOne(String webapp) throws IOException {
        Map<String, String> english = leaves(read(webjarResource(webapp + "/locales/en.json")));
        Map<String, String> french = leaves(read(ourResource(webapp + "/locales/fr.json")));

        assertThat(english).as("the webjar's %s en.json", webapp).hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(french.keySet());
        assertThat(missing).as("keys of the webjar's %s en.json missing from our fr.json", webapp).isEmpty();
        english.forEach((key, text) -> {
            // a lost or renamed {{placeholder}} shows the message without its value
            assertThat(placeholders(french.get(key))).as("placeholders of %s in %s", key, webapp)
                    .isEqualTo(key.endsWith("BANNER_CE_EOL_TEXT") ? Collections.emptyMap() : placeholders(text));
            if (!text.isEmpty() && !key.endsWith("BANNER_CE_EOL_TEXT")) {
                assertThat(french.get(key)).as("%s in %s", key, webapp).isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void frenchIsTheDefaultAndEnglishStaysSelectable(String webapp) throws IOException {
        String config = new String(read(ourResource(webapp + "/scripts/config.js")), StandardCharsets.UTF_8);

        assertThat(config).containsPattern("availableLocales:\\s*\\[\\s*['\"]fr['\"]\\s*,\\s*['\"]en['\"]\\s*]")
                .containsPattern("fallbackLocale:\\s*['\"]fr['\"]");
        // French dates: day first, weeks from Monday
        JsonNode dates = JSON.readTree(read(ourResource(webapp + "/locales/fr.json"))).path("dateLocales");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.path("week").path("dow").asInt()).isEqualTo(1);
        assertThat(dates.path("months").get(0).asText()).isEqualTo("janvier");
    }

    /** The webjar's own file, even where this project puts a file at the same path. */
    private static URL webjarResource(String path) throws IOException {
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(APP + path))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("no " + path + " in the camunda-webapp-webjar on the classpath");
    }

    /** This project's file, which Spring Boot serves instead of (or beside) the webjar's. */
    private static URL ourResource(String path) throws IOException {
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(APP + path))) {
            if (!url.toString().contains("camunda-webapp-webjar")) {
                return url;
            }
        }
        throw new AssertionError("the project has no " + APP + path);
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            // the webjar's files start with a byte-order mark, which Jackson refuses
            boolean bom = bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
            return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        }
    }

    /** Every leaf of the file by its path ({@code labels.ABORT}, {@code dateLocales.week.dow}, {@code dateLocales.months[0]}). */
    private static Map<String, String> leaves(byte[] json) throws IOException {
        Map<String, String> leaves = new TreeMap<>();
        collect("", JSON.readTree(json), leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    private static Map<String, Integer> placeholders(String text) {
        Map<String, Integer> names = new TreeMap<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.merge(matcher.group(1), 1, Integer::sum);
        }
        return names;
    }
}
