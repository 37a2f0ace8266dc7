package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.ColumnRule;
import io.adeplatform.consumption.domain.CostExportFormat;
import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a cost-export CSV record by record from a stream, never the whole file in memory and never more than one
 * bounded row ({@link BoundedCsvTokenizer}): strict UTF-8 (a leading BOM is skipped), RFC 4180 quoting, CRLF or LF,
 * blank lines skipped. The header row names the columns, in any order, extra columns ignored; its names tell the
 * export format ({@link CostExportFormat}: FOCUS, Azure cost details or the service's own), which maps them onto the
 * {@link UsageColumn}s. A file without such a header is an {@link InvalidInput}, a file that cannot be read a
 * {@link RefusedUsageFile}.
 * It never closes the request body: closing the server's request stream reads it to its end, and a refused file is
 * answered at once instead of after the rest of a (possibly huge) body has been read.
 */
final class UsageCsvReader {

    /**
     * One record: the physical line where it starts (the header is line 1) and its raw values by column, or, when it
     * has the wrong number of columns, that problem ({@code values} null).
     */
    record CsvRecord(long line, Function<UsageColumn, String> values, String problem) {
    }

    private final BoundedCsvTokenizer tokenizer;
    private final CostExportFormat format;
    private final Map<UsageColumn, ColumnRule.Bound> columns;
    private final int width;

    private UsageCsvReader(InputStream body, int maxRowChars) throws IOException {
        this.tokenizer = read(() -> new BoundedCsvTokenizer(new StrictUtf8Reader(body), maxRowChars));
        List<String> header = read(tokenizer::next);
        if (header == null) {
            throw invalidHeader("the file is empty: a header row naming the columns is required");
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(ColumnRule.normalize(header.get(i)), i);
        }
        this.format = format(positions);
        this.columns = format.bind(positions);
        this.width = header.size();
    }

    /** The export format the header named. */
    CostExportFormat format() {
        return format;
    }

    /**
     * Reads the header; an empty file or one whose first row is no valid header is an {@link InvalidInput}, a row
     * longer than {@code maxRowChars} characters (or other unreadable text) a {@link RefusedUsageFile}.
     */
    static UsageCsvReader open(InputStream body, int maxRowChars) throws IOException {
        return new UsageCsvReader(body, maxRowChars);
    }

    /**
     * The next record, or null at the end. A record whose column count differs from the header's comes with that
     * problem; unreadable text (bad encoding, a row too long, broken quoting, a control character) is a
     * {@link RefusedUsageFile}.
     */
    CsvRecord next() throws IOException {
        List<String> record = read(tokenizer::next);
        if (record == null) {
            return null;
        }
        long line = tokenizer.recordLine();
        if (record.size() != width) {
            return new CsvRecord(line, null, "expected " + width + " columns, found " + record.size());
        }
        return new CsvRecord(line, column -> {
            ColumnRule.Bound bound = columns.get(column);
            return bound == null ? null : bound.value(record);
        }, null);
    }

    private interface Step<T> {
        T run() throws IOException, BoundedCsvTokenizer.Defect;
    }

    private static <T> T read(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (BoundedCsvTokenizer.Defect defect) {
            throw new RefusedUsageFile(defect.line, defect.getMessage());
        }
    }

    /**
     * The format whose signature columns the header has; one that has them but lacks a required column, or a header
     * of no known format, is refused naming what is missing.
     */
    private static CostExportFormat format(Map<String, Integer> positions) {
        CostExportFormat format = CostExportFormat.detect(positions.keySet());
        if (format == null) {
            throw invalidHeader("the first row is not a valid header: it is no FOCUS export (needs ChargePeriodStart "
                    + "and BilledCost), no Azure cost details export (needs Date, CostInBillingCurrency and MeterId or "
                    + "MeterCategory) and lacks column(s) " + String.join(", ",
                    CostExportFormat.NATIVE.missing(positions.keySet())) + " of the service's own format");
        }
        List<String> missing = format.missing(positions.keySet());
        if (!missing.isEmpty()) {
            throw invalidHeader("the first row is not a valid header: a " + format.wireName() + " export needs "
                    + "column(s) " + String.join(", ", missing));
        }
        return format;
    }

    private static InvalidInput invalidHeader(String detail) {
        return new InvalidInput(detail, List.of(new FieldError("header", detail)));
    }
}
