package ma.ogp.pan.publication;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ma.ogp.pan.commitment.CommitmentStatus;
import ma.ogp.pan.commitment.OgpValue;
import ma.ogp.pan.notification.NotificationProperties;
import ma.ogp.pan.publication.SynthesisReport.DeadlineHistory;
import ma.ogp.pan.publication.SynthesisReport.Tallies;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.springframework.stereotype.Component;

/**
 * The report's charts, drawn by JFreeChart on the server as PNG and embedded as data URIs, so the page and the
 * PDF show the same images without another request. Chart text is French; each alt text carries the figures.
 */
@Component
public class ReportCharts {

    private static final int WIDTH = 720;
    /** About what half of the width holds in the axis font; a cut label keeps at most this much of its start and end. */
    private static final int MAX_LABEL = 48;
    private static final int LABEL_HEAD = 18;
    private static final int LABEL_TAIL = MAX_LABEL - LABEL_HEAD;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Four charts for each of a few plans. */
    private static final int DRAWN = 32;

    /** One chart: what a screen reader says (with the figures), and the image. */
    public record Chart(String alt, String dataUri) {
    }

    public record Charts(Chart timeline, Chart byOutcome, Chart byInstitution, Chart byOgpValue) {
    }

    /** Charts drawn lately, by what they show: the same figures give the same image, drawn once (about 30 ms each). */
    private final Map<String, Chart> drawn = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Chart> eldest) {
            return size() > DRAWN;
        }
    });
    private final ZoneId zone;

    ReportCharts(NotificationProperties settings) {
        this.zone = settings.timeZone();
    }

    public Charts of(SynthesisReport report, Tallies tallies) {
        return new Charts(timeline(report), byOutcome(tallies.byOutcome()), byInstitution(tallies.byInstitution()),
                byOgpValue(tallies.byOgpValue()));
    }

    Chart byOutcome(Map<CommitmentStatus, Long> counts) {
        Map<String, Long> bars = new TreeMap<>(counts).entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().label(), Map.Entry::getValue, Long::sum, LinkedHashMap::new));
        return bars("Projets d'engagements par issue", "Issue", bars);
    }

    Chart byInstitution(Map<String, Long> counts) {
        Map<String, Long> bars = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
        return bars("Projets d'engagements par institution porteuse", "Institution", bars);
    }

    Chart byOgpValue(Map<OgpValue, Long> counts) {
        Map<String, Long> bars = Arrays.stream(OgpValue.values()).collect(Collectors.toMap(OgpValue::label,
                v -> counts.getOrDefault(v, 0L), Long::sum, LinkedHashMap::new));
        return bars("Projets d'engagements par valeur OGP", "Valeur OGP", bars);
    }

    /** The phases as planned, and each deadline from its first day to its last (a one-day mark when never moved). */
    Chart timeline(SynthesisReport report) {
        return drawn.computeIfAbsent("timeline " + report.phases() + report.deadlines(), key -> drawTimeline(report));
    }

    private Chart drawTimeline(SynthesisReport report) {
        TaskSeries phases = new TaskSeries("Phases");
        report.phases().forEach(p -> phases.add(new Task(p.phase().label(), date(p.startsOn()),
                date(p.endsOn().plusDays(1)))));
        TaskSeries deadlines = new TaskSeries("Délais et prolongations");
        report.deadlines().forEach(h -> deadlines.add(new Task("Délai : " + h.label(), date(h.initialDueOn()),
                date(Collections.max(List.of(h.dueOn(), h.initialDueOn().plusDays(1)))))));
        TaskSeriesCollection dataset = new TaskSeriesCollection();
        dataset.add(phases);
        dataset.add(deadlines);
        JFreeChart chart = ChartFactory.createGanttChart("Calendrier de la co-création", null, null, dataset,
                true, false, false);
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yy", Locale.FRENCH);
        format.setTimeZone(TimeZone.getTimeZone(zone));
        ((DateAxis) chart.getCategoryPlot().getRangeAxis()).setDateFormatOverride(format);
        String alt = "Calendrier de la co-création : " + report.phases().stream()
                .map(p -> p.phase().label() + " du " + DAY.format(p.startsOn()) + " au " + DAY.format(p.endsOn()))
                .collect(Collectors.joining(" ; ")) + report.deadlines().stream().map(ReportCharts::describe)
                .collect(Collectors.joining(""));
        return chart(chart, 60 + 34 * (report.phases().size() + report.deadlines().size()), alt);
    }

    private static String describe(DeadlineHistory h) {
        return " ; délai « " + h.label() + " » : " + (h.extensions().isEmpty() ? DAY.format(h.dueOn())
                : DAY.format(h.initialDueOn()) + ", prolongé au " + DAY.format(h.dueOn()));
    }

    private Chart bars(String title, String axis, Map<String, Long> counts) {
        return drawn.computeIfAbsent(title + counts, key -> drawBars(title, axis, counts));
    }

    private Chart drawBars(String title, String axis, Map<String, Long> counts) {
        Map<String, String> shown = counts.keySet().stream().collect(Collectors.toMap(l -> l, ReportCharts::axisLabel));
        // two labels cut alike would be one bar: keep the whole names then, and let the axis cut them
        boolean distinct = new HashSet<>(shown.values()).size() == shown.size();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        counts.forEach((label, count) -> dataset.addValue(count, "Projets d'engagements", distinct ? shown.get(label) : label));
        JFreeChart chart = ChartFactory.createBarChart(title, axis, "Nombre", dataset, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f5f8b));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        String alt = title + " : " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return chart(chart, 90 + 28 * Math.max(counts.size(), 1), alt);
    }

    /**
     * A long name cut between words in its middle, keeping more of its end, where the axis would cut the end off:
     * the two departments of one ministry keep the words that tell them apart. The alt text keeps the whole names.
     */
    static String axisLabel(String name) {
        if (name.length() <= MAX_LABEL) {
            return name;
        }
        int headEnd = name.lastIndexOf(' ', LABEL_HEAD);
        int tailStart = name.indexOf(' ', name.length() - LABEL_TAIL);
        String head = headEnd > 0 ? name.substring(0, headEnd) : name.substring(0, LABEL_HEAD);
        String tail = tailStart >= 0 ? name.substring(tailStart + 1) : name.substring(name.length() - LABEL_TAIL);
        return strip(head) + " … " + strip(tail);
    }

    private static String strip(String part) {
        return part.replaceAll("^[\\s,–]+|[\\s,–]+$", "");
    }

    private Chart chart(JFreeChart chart, int height, String alt) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        // long institution and deadline names: give the labels up to half of the width before they are cut
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        BufferedImage image = chart.createBufferedImage(WIDTH, height);
        try {
            return new Chart(alt, "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(ChartUtils.encodeAsPNG(image)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
