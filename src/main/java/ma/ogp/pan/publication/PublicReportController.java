package ma.ogp.pan.publication;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.publication.SynthesisReport.DraftPage;
import ma.ogp.pan.web.PdfRenderer;
import ma.ogp.pan.web.RefusedPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The synthesis report, public: a page and a PDF in the visitor's language (right to left in Arabic); what the plan
 * recorded, and the charts, stay in French, the language it is recorded in. The page lists its drafts fifty at a
 * time (a plan may have thousands); the PDF, a document to keep, lists them all.
 */
@Controller
class PublicReportController {

    private static final String TEMPLATE = "publication/report";

    private final SynthesisReportService reports;
    private final ReportCharts charts;
    private final SpringTemplateEngine templates;
    private final PdfRenderer pdf;

    PublicReportController(SynthesisReportService reports, ReportCharts charts, SpringTemplateEngine templates,
                           PdfRenderer pdf) {
        this.reports = reports;
        this.charts = charts;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/rapport")
    String page(@RequestParam(required = false) String plan, @RequestParam(defaultValue = "1") int page, Model model) {
        ActionPlan chosen = reports.plan(plan);
        model.addAllAttributes(content(chosen, reports.drafts(chosen, page), false));
        return TEMPLATE;
    }

    @GetMapping("/rapport.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String plan, Locale locale) {
        ActionPlan chosen = reports.plan(plan);
        String html = templates.process(TEMPLATE, new Context(locale, content(chosen, reports.allDrafts(chosen), true)));
        return pdf.inline(html, chosen.code() + "-rapport-co-creation.pdf");
    }

    /** A malformed page number ({@code ?page=abc}) is refused with a sentence, not Spring's message. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(HttpServletResponse response, Model model) {
        return RefusedPage.show(response, model, HttpStatus.BAD_REQUEST.value(), "report.page.invalid", "/rapport",
                "report.title");
    }

    private Map<String, Object> content(ActionPlan plan, DraftPage drafts, boolean forPdf) {
        SynthesisReport report = reports.of(plan);
        return Map.of("report", report, "charts", charts.of(report, reports.tallies(plan)), "drafts", drafts,
                "pdf", forPdf);
    }
}
