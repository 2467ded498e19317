package ma.ogp.pan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lays out a rendered HTML page as a PDF; jsoup turns the HTML5 into the well-formed document the layout needs.
 * The page's own style sheets (under {@code /css/}) are read from the classpath and inlined: the layout fetches
 * nothing over HTTP, and the pages keep their styles out of line for the Content-Security-Policy.
 * <p>
 * Every PDF embeds the fonts under {@code /fonts/} (Noto, SIL Open Font License), whatever the host has installed:
 * French, Arabic and Tifinagh text, the page's or the recorded content's, each in the first family of the list
 * that has its letters. Arabic runs are laid out right to left with their letters joined (ICU), and a page whose
 * {@code dir} is {@code rtl} has its table columns mirrored.
 */
@Component
public class PdfRenderer {

    private static final List<Font> FONTS = List.of(
            new Font("NotoSans-Regular.ttf", "Noto Sans", 400), new Font("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Font("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400),
            new Font("NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700),
            new Font("NotoSansTifinagh-Regular.ttf", "Noto Sans Tifinagh", 400));
    /**
     * Last in the head: it wins over the page's own body font, which names families a PDF does not have (a page's
     * margin boxes inherit nothing from the body: its style sheet names the font there); and a narrow table of a
     * right-to-left page stands on the right, which the layout does not do by itself.
     */
    private static final String PDF_STYLE = "body { font-family: 'Noto Sans', 'Noto Naskh Arabic', "
            + "'Noto Sans Tifinagh'; } html[dir=rtl] table { margin-left: auto; }";

    /** The page as a PDF shown in the browser, its relative links resolved against this application. */
    public ResponseEntity<byte[]> inline(String html, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .body(render(html, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }

    public byte[] render(String html, String baseUri) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Font font : FONTS) {
                // subset: only the glyphs the document uses are embedded
                builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/" + font.file()), font.family(),
                        font.weight(), FontStyle.NORMAL, true);
            }
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            Document page = Jsoup.parse(html, baseUri);
            for (Element link : page.select("link[rel=stylesheet][href*=/css/]")) {
                link.replaceWith(new Element("style").appendChild(new DataNode(styleSheet(link.attr("href")))));
            }
            page.head().appendChild(new Element("style").appendChild(new DataNode(PDF_STYLE)));
            if ("rtl".equalsIgnoreCase(page.select("html").attr("dir"))) {
                mirrorTableColumns(page);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The layout sets a table's columns left to right whatever the page's direction: on a right-to-left page each
     * row's cells are put in reverse order, so that the first column stands on the right as a reader expects.
     */
    private static void mirrorTableColumns(Document page) {
        for (Element row : page.select("tr")) {
            List<Element> cells = new ArrayList<>(row.children());
            Collections.reverse(cells);
            cells.forEach(Element::remove);
            cells.forEach(row::appendChild);
        }
    }

    private static String styleSheet(String href) throws IOException {
        String path = "static" + href.substring(href.indexOf("/css/"));
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private record Font(String file, String family, int weight) {
    }
}
