package ma.ogp.pan.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportChartsTest {

    @Test
    void longNamesAreCutBetweenWordsInTheMiddleSoThatTwoDepartmentsOfOneMinistryStayApart() {
        assertThat(ReportCharts.axisLabel(
                "Ministère de la Jeunesse, de la Culture et de la Communication – Département de Communication"))
                .isEqualTo("Ministère de la … Département de Communication");
        assertThat(ReportCharts.axisLabel(
                "Ministère de la Jeunesse, de la Culture et de la Communication – Département de Jeunesse"))
                .isEqualTo("Ministère de la … Département de Jeunesse");
        assertThat(ReportCharts.axisLabel("Ministère délégué chargé des Relations avec le Parlement"))
                .isEqualTo("Ministère délégué … Relations avec le Parlement");
        assertThat(ReportCharts.axisLabel("Ministère de Justice")).isEqualTo("Ministère de Justice");
    }
}
