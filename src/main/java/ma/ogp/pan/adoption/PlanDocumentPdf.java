package ma.ogp.pan.adoption;

import java.util.Locale;
import java.util.Map;

import ma.ogp.pan.web.PdfRenderer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The adopted plan as a PDF, laid out from the same page as the HTML document, its labels in the given language. */
@Component
public class PlanDocumentPdf {

    static final String TEMPLATE = "adoption/plan";

    private final SpringTemplateEngine templates;
    private final PdfRenderer pdf;

    PlanDocumentPdf(SpringTemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    public ResponseEntity<byte[]> response(PlanDocument doc, Locale locale) {
        String html = templates.process(TEMPLATE, new Context(locale, Map.of("doc", doc, "pdf", true)));
        return pdf.inline(html, doc.plan().code() + ".pdf");
    }
}
