package ma.ogp.pan.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification rules of processes/commitment-ranking.dmn, row by row, on the DMN engine alone. */
class CommitmentClassificationTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "commitment-ranking.dmn"))) {
            decision = dmn.parseDecision("commitment-classification", model);
        }
    }

    @ParameterizedTest(name = "verifiable={0}, impact={1}, relevance={2}, civil society={3} → {4} {5} {6}")
    @CsvSource({
        // Rule_NotVerifiable: out, whatever the impact
        "false, TRANSFORMATIVE, 4, 3.0, false, NOT_VERIFIABLE, 0",
        // Rule_Transformative, Rule_Moderate, Rule_Minor: score = level + relevance x 100 + civil society x 10
        "true,  TRANSFORMATIVE, 3, 2.5, true,  TRANSFORMATIVE, 3325",
        "true,  MODERATE,       2, 1.0, true,  MODERATE,       2210",
        "true,  MINOR,          1, 0.0, true,  MINOR,          1100",
        // Rule_NoImpact
        "true,  NONE,           2, 2.0, false, NONE,           0",
        // Rule_NotAssessed: no usable median
        "true,  ,               0, 0.0, false, NOT_ASSESSED,   0",
    })
    void eachRule(boolean verifiable, String impact, int relevance, double civilSociety, boolean retained,
                  String category, double score) {
        DmnDecisionRuleResult result = evaluate(verifiable, impact, relevance, civilSociety);
        assertThat((Boolean) result.getEntry("retained")).isEqualTo(retained);
        assertThat((String) result.getEntry("category")).isEqualTo(category);
        assertThat(((Number) result.getEntry("rankScore")).doubleValue()).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "impact first: a transformative commitment outranks any moderate one, TRANSFORMATIVE, 0, 0.0, MODERATE, 4, 3.0",
        "same impact: more relevant OGP values first, MODERATE, 3, 0.0, MODERATE, 2, 3.0",
        "same impact and relevance: civil society's view decides, MODERATE, 2, 2.5, MODERATE, 2, 1.5",
    })
    void tiesAreBrokenAsTheRulesSay(String rule, String impactA, int relevanceA, double civilA, String impactB,
                                    int relevanceB, double civilB) {
        double a = ((Number) evaluate(true, impactA, relevanceA, civilA).getEntry("rankScore")).doubleValue();
        double b = ((Number) evaluate(true, impactB, relevanceB, civilB).getEntry("rankScore")).doubleValue();
        assertThat(a).as(rule).isGreaterThan(b);
    }

    private static DmnDecisionRuleResult evaluate(boolean verifiable, String impact, int relevance,
                                                     double civilSociety) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("verifiable", verifiable);
        inputs.put("medianImpact", impact);
        inputs.put("relevanceCount", relevance);
        inputs.put("civilSocietyScore", civilSociety);
        return dmn.evaluateDecisionTable(decision, inputs).getSingleResult();
    }
}
