package io.adeplatform.gateway.statuspack;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One commitment's burn-down drawn with PDFBox's vector graphics: what remains to consume at the end of each month
 * (solid) against the target, a straight line from the whole commitment at its start to nothing at its end (dashed).
 */
final class BurnDownChart {

    static final float HEIGHT = 150;
    private static final float PLOT_LEFT = 70;
    private static final float PLOT_BOTTOM = 22;

    private BurnDownChart() {
    }

    /** Draws in the block whose top is {@code top}, across the page's text width. */
    static void draw(PageFlow flow, float top, JsonNode outlook) {
        PDPageContentStream canvas = flow.canvas();
        float left = PageFlow.MARGIN + PLOT_LEFT;
        float right = PageFlow.MARGIN + flow.width() - 10;
        float bottom = top - HEIGHT + PLOT_BOTTOM;
        float plotTop = top - 14;
        YearMonth start = month(outlook.path("startDate").asText());
        YearMonth end = month(outlook.path("endDate").asText());
        BigDecimal commitment = Figures.amount(outlook.path("commitment"));
        if (start == null || end == null || end.isBefore(start) || commitment.signum() <= 0) {
            flow.write("(no burn-down: the commitment has no usable period or amount)", flow.regular, 9, left, top - 12);
            return;
        }
        long months = ChronoUnit.MONTHS.between(start, end) + 1;
        List<float[]> remaining = new ArrayList<>();
        remaining.add(new float[]{0, 1});
        for (JsonNode point : outlook.path("burnDown")) {
            YearMonth month = month(point.path("month").asText() + "-01");
            if (month != null && !month.isBefore(start) && !month.isAfter(end)) {
                float x = (ChronoUnit.MONTHS.between(start, month) + 1) / (float) months;
                float share = Figures.amount(point.path("remaining")).floatValue() / commitment.floatValue();
                remaining.add(new float[]{x, Math.max(0, Math.min(1.2f, share))});
            }
        }
        try {
            axes(canvas, left, right, bottom, plotTop);
            canvas.setStrokingColor(0.55f, 0.55f, 0.55f);
            canvas.setLineDashPattern(new float[]{4, 3}, 0);
            canvas.moveTo(left, at(bottom, plotTop, 1));
            canvas.lineTo(right, bottom);
            canvas.stroke();
            canvas.setLineDashPattern(new float[]{}, 0);
            canvas.setStrokingColor(0.1f, 0.3f, 0.75f);
            canvas.setLineWidth(1.6f);
            for (int i = 0; i < remaining.size(); i++) {
                float x = left + (right - left) * remaining.get(i)[0];
                float y = at(bottom, plotTop, remaining.get(i)[1]);
                if (i == 0) {
                    canvas.moveTo(x, y);
                } else {
                    canvas.lineTo(x, y);
                }
            }
            canvas.stroke();
            canvas.setLineWidth(1);
            canvas.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float small = 7.5f;
        flow.write(PdfText.safe(flow.regular, Figures.money(outlook.path("commitment"))), flow.regular, small,
                PageFlow.MARGIN, at(bottom, plotTop, 1) - 3);
        flow.write("0", flow.regular, small, left - 10, bottom - 3);
        flow.write(start.toString(), flow.regular, small, left, bottom - 12);
        flow.write(end.toString(), flow.regular, small, right - 30, bottom - 12);
        flow.write("remaining (solid) vs target (dashed)", flow.regular, small, left + 80, bottom - 12);
    }

    private static void axes(PDPageContentStream canvas, float left, float right, float bottom, float top) throws IOException {
        canvas.setStrokingColor(0f, 0f, 0f);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(left, top);
        canvas.lineTo(left, bottom);
        canvas.lineTo(right, bottom);
        canvas.stroke();
    }

    private static float at(float bottom, float top, float share) {
        return bottom + (top - bottom) * share / 1.2f;
    }

    private static YearMonth month(String date) {
        try {
            return YearMonth.from(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
