package ma.ogp.pan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF shows, read back with PDFBox: its text in reading order (PDFBox puts right-to-left runs back in logical
 * order and Arabic presentation forms back to letters), each glyph as drawn, and the fonts with whether each is
 * embedded.
 */
public record PdfContent(String text, List<TextPosition> glyphs, float pageWidth, Map<String, Boolean> fonts) {

    public static PdfContent of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    super.processTextPosition(glyph);
                    glyphs.add(glyph);
                }
            };
            String text = stripper.getText(document);
            Map<String, Boolean> fonts = new TreeMap<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    // a subset's name is TAG+Family-Style: the family is what the test names
                    fonts.merge(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font.isEmbedded(), Boolean::logicalAnd);
                }
            }
            return new PdfContent(text, glyphs, document.getPage(0).getMediaBox().getWidth(), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyphs drawn for characters of this Unicode block, as the PDF's text map gives them. */
    public List<TextPosition> glyphsIn(Character.UnicodeBlock block) {
        return glyphs.stream().filter(g -> g.getUnicode().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == block))
                .toList();
    }
}
