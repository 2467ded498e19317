package ma.ogp.pan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of every form in forms/, sent hostile values the way the engine REST API receives them: each is
 * refused with its field named, before anything reaches the engine. The same contracts guard Tasklist.
 */
class FormContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormContracts CONTRACTS = contracts();

    /** Values no field of any kind accepts: serialized Java, files, bytes, a typed object, malformed entries. */
    private static final List<String> FOR_EVERY_FIELD = List.of(
            "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}",
            "{\"value\":\"eA==\",\"type\":\"Bytes\"}",
            "{\"value\":\"eA==\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"x.txt\"}}",
            "{\"value\":\"x\",\"valueInfo\":{\"objectTypeName\":\"java.lang.Runtime\"}}",
            "{\"value\":\"x\",\"type\":\"Serializable\"}",
            "{\"value\":\"x\",\"extra\":1}",
            "\"nu\"",
            "[1,2]");

    private static final Map<FormField.Kind, List<String>> BY_KIND = Map.of(
            FormField.Kind.TEXT, List.of("{\"value\":42,\"type\":\"Integer\"}", "{\"value\":true}",
                    "{\"value\":\"{}\",\"type\":\"Json\"}", "{\"value\":\"2024-01-01T00:00:00.000+0000\",\"type\":\"Date\"}",
                    "{\"value\":\"a\\u0000b\"}", "{\"value\":\"a\\u001bb\"}", "{\"value\":\"a\\u0085b\"}",
                    "{\"value\":\"" + "é".repeat(4001) + "\"}", "{\"value\":\"" + "\uD83D\uDE00".repeat(2001) + "\"}",
                    "{\"value\":{\"a\":1}}"),
            FormField.Kind.CHOICE, List.of("{\"value\":\"UNKNOWN_VALUE\"}", "{\"value\":1}", "{\"value\":[\"x\"]}",
                    "{\"value\":\"a\\u0000\"}"),
            FormField.Kind.CHOICES, List.of("{\"value\":\"[\\\"UNKNOWN_VALUE\\\"]\",\"type\":\"Json\"}",
                    "{\"value\":\"[not json\",\"type\":\"Json\"}", "{\"value\":\"{}\",\"type\":\"Json\"}",
                    "{\"value\":[\"x\"]}", "{\"value\":\"[1]\",\"type\":\"Json\"}"),
            FormField.Kind.BOOLEAN, List.of("{\"value\":\"true\"}", "{\"value\":1}", "{\"value\":\"x\",\"type\":\"String\"}"),
            FormField.Kind.DATE, List.of("{\"value\":\"2024-03-11'; --\"}", "{\"value\":\"03/04/2024\"}",
                    "{\"value\":\"0000-01-01\"}", "{\"value\":\"+999999999-01-01\"}", "{\"value\":\"2024-02-30\"}",
                    "{\"value\":20240311}", "{\"value\":\"2024-03-11T00:00:00\",\"type\":\"Date\"}"),
            FormField.Kind.LIST, List.of("{\"value\":\"[{\\\"unknown\\\":1}]\",\"type\":\"Json\"}",
                    "{\"value\":\"[1]\",\"type\":\"Json\"}", "{\"value\":\"{}\",\"type\":\"Json\"}",
                    "{\"value\":\"[not json\",\"type\":\"Json\"}", "{\"value\":[{}]}",
                    "{\"value\":\"" + "[{}".repeat(1) + ",{}".repeat(FormField.MAX_ROWS) + "]\",\"type\":\"Json\"}"),
            FormField.Kind.NUMBER, List.of("{\"value\":\"1\"}"));

    static List<Arguments> hostileFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String formId : formIds()) {
            FormContract contract = CONTRACTS.forForm(formId).orElseThrow();
            contract.fields().values().stream().filter(f -> !f.readOnly()).forEach(field -> {
                FOR_EVERY_FIELD.forEach(value -> cases.add(Arguments.of(formId, field.key(), value)));
                BY_KIND.get(field.kind()).forEach(value -> cases.add(Arguments.of(formId, field.key(), value)));
            });
            cases.add(Arguments.of(formId, "reviewer", "{\"value\":\"hbennani\"}"));
            cases.add(Arguments.of(formId, "planId", "{\"value\":999}"));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("hostileFields")
    void eachHostileValueIsRefusedWithItsField(String formId, String field, String value) throws IOException {
        JsonNode variables = JSON.readTree("{\"" + field + "\":" + value + "}");
        assertThatThrownBy(() -> CONTRACTS.forForm(formId).orElseThrow().check(variables, name -> null))
                .isInstanceOf(RefusedInput.class)
                .satisfies(e -> assertThat(((RefusedInput) e).field()).startsWith(field))
                .hasMessageNotContaining("java.");
    }

    @Test
    void readOnlyFieldsAreDroppedAndListsKeepTheServersRows() throws IOException {
        FormContract review = CONTRACTS.forForm("commitment-review").orElseThrow();
        ObjectNode accepted = review.check(JSON.readTree("""
                {"reference":{"value":"PAN3-10"},"observationText":{"value":"Avis"},
                 "suggestions":{"value":"[\\"REWORD_TITLE\\"]","type":"Json"}}"""), name -> null);
        assertThat(accepted.has("reference")).isFalse();
        assertThat(accepted.has("observationText")).isTrue();

        FormContract sheet = CONTRACTS.forForm("commitment-assessment").orElseThrow();
        JsonNode presented = JSON.readTree("[{\"reference\":\"PAN3-01\"},{\"reference\":\"PAN3-02\"}]");
        String moved = "{\"assessments\":{\"value\":\"[{\\\"reference\\\":\\\"PAN3-02\\\",\\\"impact\\\":\\\"MINOR\\\"},"
                + "{\\\"reference\\\":\\\"PAN3-01\\\"}]\",\"type\":\"Json\"}}";
        assertThatThrownBy(() -> sheet.check(JSON.readTree(moved), name -> presented))
                .hasMessageContaining("lecture seule");
        String dropped = "{\"assessments\":{\"value\":\"[{\\\"reference\\\":\\\"PAN3-01\\\"}]\",\"type\":\"Json\"}}";
        assertThatThrownBy(() -> sheet.check(JSON.readTree(dropped), name -> presented))
                .hasMessageContaining("ni ajoutées ni retirées");
        String kept = "{\"assessments\":{\"value\":\"[{\\\"reference\\\":\\\"PAN3-01\\\",\\\"impact\\\":\\\"MINOR\\\"},"
                + "{\\\"reference\\\":\\\"PAN3-02\\\",\\\"verifiable\\\":true}]\",\"type\":\"Json\"}}";
        assertThat(sheet.check(JSON.readTree(kept), name -> presented).has("assessments")).isTrue();
    }

    @Test
    void everyFormHasItsContract() {
        assertThat(formIds()).hasSize(13).allSatisfy(id -> assertThat(CONTRACTS.forForm(id)).isPresent());
    }

    private static List<String> formIds() {
        return List.of("commitment-assessment", "commitment-consolidation", "commitment-fiche", "commitment-review",
                "commitment-revision", "commitment-selection", "consultation-opening", "deadline-extension",
                "plan-stage", "ranking-review", "reasoned-responses", "selection-validation", "support-unit-feedback");
    }

    private static FormContracts contracts() {
        try {
            return new FormContracts();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
