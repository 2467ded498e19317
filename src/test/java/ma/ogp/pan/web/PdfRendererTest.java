package ma.ogp.pan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeBlock;

import ma.ogp.pan.support.PdfContent;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Issue 12: a PDF shows Arabic (right to left, letters joined), Tifinagh and French, in fonts it embeds. */
class PdfRendererTest {

    private static final String TITLE = "الخطة المعتمدة";
    private static final String LONG = "التقرير التركيبي حول الإعداد المشترك";
    private static final String TIFINAGH = "ⵜⴰⵎⴰⵣⵉⵖⵜ";

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void anArabicPageIsLaidOutRightToLeftWithJoinedLettersInEmbeddedFonts() {
        PdfContent pdf = PdfContent.of(renderer.render("""
                <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"/><title>خطة</title></head>
                <body><h1>%s</h1><p>%s</p><p>PAN3-01 · Publier les budgets des communes</p><p>%s</p>
                <table><tr><th>الرتبة</th><td>QUATRE</td><td>ZÉRO</td></tr></table></body></html>
                """.formatted(TITLE, LONG, TIFINAGH), "http://localhost/"));

        assertThat(pdf.text()).contains(TITLE, LONG, "PAN3-01 · Publier les budgets des communes", TIFINAGH);
        assertThat(pdf.fonts()).containsEntry("NotoNaskhArabic-Bold", true).containsEntry("NotoNaskhArabic-Regular", true)
                .containsEntry("NotoSans-Regular", true).containsEntry("NotoSansTifinagh-Regular", true)
                .doesNotContainValue(false);
        // shaped: most letters are drawn in their joined forms (initial, medial, final); a letter standing alone
        // keeps its own glyph, which the PDF's text map gives back as the plain letter
        assertThat(pdf.glyphsIn(UnicodeBlock.ARABIC_PRESENTATION_FORMS_B))
                .hasSizeGreaterThan(pdf.glyphsIn(UnicodeBlock.ARABIC).size());
        // right to left: the short title stands against the right margin
        var title = pdf.glyphs().stream().filter(g -> g.getFontSizeInPt() > 20).toList();
        assertThat(title).isNotEmpty();
        assertThat(title.stream().mapToDouble(TextPosition::getX).min().orElseThrow()).isGreaterThan(pdf.pageWidth() / 2);
        assertThat(title.stream().mapToDouble(g -> g.getX() + g.getWidth()).max().orElseThrow())
                .isGreaterThan(pdf.pageWidth() * 0.8);
        // a table's columns from right to left: the second cell stands right of the third
        assertThat(x(pdf, "Q")).isGreaterThan(x(pdf, "Z"));
    }

    /** Where this glyph (a capital letter found once in the PDF) stands. */
    private static double x(PdfContent pdf, String glyph) {
        return pdf.glyphs().stream().filter(g -> g.getUnicode().equals(glyph)).mapToDouble(TextPosition::getX)
                .max().orElseThrow();
    }

    @Test
    void aFrenchPageEmbedsItsFontsToo() {
        // the adopted plan's style sheet: a body font the PDF does not have, page numbers in a margin box
        PdfContent pdf = PdfContent.of(renderer.render("""
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/><title>Plan</title>
                <link rel="stylesheet" href="/css/plan-document.css"/></head>
                <body><h1>Le plan d'action adopté</h1><p>Échéance : 26/02/2024, prolongée.</p></body></html>
                """, "http://localhost/"));

        assertThat(pdf.text()).contains("Le plan d'action adopté", "Échéance : 26/02/2024, prolongée.", "Page 1 / 1");
        assertThat(pdf.fonts()).containsOnlyKeys("NotoSans-Bold", "NotoSans-Regular").doesNotContainValue(false);
        var title = pdf.glyphs().stream().filter(g -> g.getFontSizeInPt() > 15).toList();
        assertThat(title).isNotEmpty();
        assertThat(title.stream().mapToDouble(TextPosition::getX).min().orElseThrow()).isLessThan(pdf.pageWidth() / 4);
    }
}
