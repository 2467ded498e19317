package ma.ogp.pan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingQuote() {
        assertThat(OpenDataCsv.cell("=HYPERLINK(\"http://example.invalid/x\",\"Cliquez ici\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://example.invalid/x\"\",\"\"Cliquez ici\"\")\"");
        assertThat(OpenDataCsv.cell("+212 6 00")).isEqualTo("'+212 6 00");
        assertThat(OpenDataCsv.cell("- publier les données")).isEqualTo("'- publier les données");
        assertThat(OpenDataCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(OpenDataCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(OpenDataCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void numbersDatesAndOrdinaryTextAreUnchanged() {
        assertThat(OpenDataCsv.cell(-3)).isEqualTo("-3");
        assertThat(OpenDataCsv.cell(new BigDecimal("-1.5"))).isEqualTo("-1.5");
        assertThat(OpenDataCsv.cell(LocalDate.of(2024, 2, 22))).isEqualTo("2024-02-22");
        assertThat(OpenDataCsv.cell("Budget citoyen, ouvert")).isEqualTo("\"Budget citoyen, ouvert\"");
        assertThat(OpenDataCsv.cell("a = b")).isEqualTo("a = b");
        assertThat(OpenDataCsv.cell("")).isEmpty();
        assertThat(OpenDataCsv.cell(null)).isEmpty();
    }
}
