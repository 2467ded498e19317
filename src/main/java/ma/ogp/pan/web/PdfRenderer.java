package ma.ogp.pan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
 */
@Component
public class PdfRenderer {

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
            Document page = Jsoup.parse(html, baseUri);
            for (Element link : page.select("link[rel=stylesheet][href*=/css/]")) {
                link.replaceWith(new Element("style").appendChild(new DataNode(styleSheet(link.attr("href")))));
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String styleSheet(String href) throws IOException {
        String path = "static" + href.substring(href.indexOf("/css/"));
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
