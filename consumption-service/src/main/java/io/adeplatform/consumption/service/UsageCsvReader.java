package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a cost-export CSV record by record from a stream, never the whole file in memory and never more than one
 * bounded row ({@link BoundedCsvTokenizer}): strict UTF-8 (a leading BOM is skipped), RFC 4180 quoting, CRLF or LF,
 * blank lines skipped. The header row names the columns, in any order ({@link UsageColumn} aliases, extra columns
 * ignored); a file without one is an {@link InvalidInput}, a file that cannot be read a {@link RefusedUsageFile}.
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
    private final Map<UsageColumn, Integer> columns;
    private final int width;

    private UsageCsvReader(InputStream body, int maxRowChars) throws IOException {
        this.tokenizer = read(() -> new BoundedCsvTokenizer(new StrictUtf8Reader(body), maxRowChars));
        List<String> header = read(tokenizer::next);
        if (header == null) {
            throw invalidHeader("the file is empty: a header row naming the columns is required");
        }
        this.columns = columns(header);
        this.width = header.size();
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
            Integer index = columns.get(column);
            return index == null ? null : record.get(index);
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

    private static Map<UsageColumn, Integer> columns(List<String> header) {
        Map<UsageColumn, Integer> columns = new EnumMap<>(UsageColumn.class);
        for (int i = 0; i < header.size(); i++) {
            UsageColumn column = UsageColumn.byHeader(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (UsageColumn column : UsageColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column.label());
            }
        }
        if (!missing.isEmpty()) {
            throw invalidHeader("the first row is not a valid header: missing column(s) " + String.join(", ", missing));
        }
        return columns;
    }

    private static InvalidInput invalidHeader(String detail) {
        return new InvalidInput(detail, List.of(new FieldError("header", detail)));
    }
}
