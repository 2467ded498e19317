package ma.ogp.pan.publication;

import java.util.Locale;
import java.util.Map;

import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.web.PdfRenderer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The synthesis report, public: a page and a PDF in the visitor's language (right to left in Arabic); what the plan
 * recorded, and the charts, stay in French, the language it is recorded in.
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
    String page(@RequestParam(required = false) String plan, Model model) {
        model.addAllAttributes(content(reports.plan(plan), false));
        return TEMPLATE;
    }

    @GetMapping("/rapport.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String plan, Locale locale) {
        ActionPlan chosen = reports.plan(plan);
        String html = templates.process(TEMPLATE, new Context(locale, content(chosen, true)));
        return pdf.inline(html, chosen.code() + "-rapport-co-creation.pdf");
    }

    private Map<String, Object> content(ActionPlan plan, boolean forPdf) {
        SynthesisReport report = reports.of(plan);
        return Map.of("report", report, "charts", charts.of(report), "pdf", forPdf);
    }
}
