package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a cost-export CSV record by record from a stream, never the whole file in memory: UTF-8 (a leading BOM is
 * skipped), RFC 4180 quoting, CRLF or LF, blank lines skipped. The header row names the columns, in any order
 * ({@link UsageColumn} aliases, extra columns ignored); a file without one is an {@link InvalidInput}.
 */
final class UsageCsvReader implements Closeable {

    /**
     * One record: the physical line where it starts (the header is line 1) and its raw values by column, or, when it
     * cannot be read, the reason ({@code values} null).
     */
    record CsvRecord(long line, Function<UsageColumn, String> values, String problem) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<UsageColumn, Integer> columns;
    private final int width;
    private long lineBefore;
    private boolean ended;

    private UsageCsvReader(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw invalidHeader("the file is empty: a header row naming the columns is required");
        }
        CSVRecord header = records.next();
        this.columns = columns(header);
        this.width = header.size();
        this.lineBefore = parser.getCurrentLineNumber();
    }

    /** Reads the header; an empty file or one whose first row is no valid header is an {@link InvalidInput}. */
    static UsageCsvReader open(InputStream body) throws IOException {
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(withoutBom(body));
        try {
            return new UsageCsvReader(parser);
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * The next record, or null at the end. A record whose column count differs from the header's comes with that
     * problem; so does broken quoting, which ends the file there (rows before it are kept).
     */
    CsvRecord next() {
        if (ended) {
            return null;
        }
        long line = lineBefore + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                ended = true;
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            ended = true;
            return new CsvRecord(line, null, "malformed CSV from here on (unbalanced quotes?): " + rootMessage(e));
        }
        lineBefore = parser.getCurrentLineNumber();
        if (record.size() != width) {
            return new CsvRecord(line, null, "expected " + width + " columns, found " + record.size());
        }
        return new CsvRecord(line, column -> {
            Integer index = columns.get(column);
            return index == null ? null : record.get(index);
        }, null);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static Map<UsageColumn, Integer> columns(CSVRecord header) {
        Map<UsageColumn, Integer> columns = new EnumMap<>(UsageColumn.class);
        for (int i = 0; i < header.size(); i++) {
            UsageColumn column = UsageColumn.byHeader(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (UsageColumn column : UsageColumn.values()) {
            if (!columns.containsKey(column)) {
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

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** UTF-8 reader that skips a leading byte-order mark. */
    private static Reader withoutBom(InputStream body) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
