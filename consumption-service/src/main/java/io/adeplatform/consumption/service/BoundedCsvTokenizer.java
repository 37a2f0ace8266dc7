package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.Texts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream, each bounded: a record (its fields, separators and the line breaks
 * inside quoted fields) longer than {@code maxChars} characters ends the reading at once, so a 300 MB field costs
 * {@code maxChars} characters of memory, not 300 MB. CRLF, LF or CR end a line; empty lines are skipped; {@code ""}
 * inside quotes is a quote. A leading UTF-8 byte-order mark is skipped. Anything that makes the text unreadable
 * (bad encoding, a record too long, a quote never closed, text after a closing quote, a control character) is a
 * {@link Defect} naming the physical line (line 1 is the first).
 */
final class BoundedCsvTokenizer {

    /** Why the file cannot be read, and on which line. */
    static final class Defect extends Exception {

        final long line;

        Defect(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    private static final int END = -1;
    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 13];
    private int position;
    private int limit;
    /** The physical line of the next character. */
    private long line = 1;
    private long recordLine;
    private int recordChars;

    BoundedCsvTokenizer(Reader in, int maxChars) throws IOException, Defect {
        this.in = in;
        this.maxChars = maxChars;
        if (peek() == BOM) {
            position++;
        }
    }

    /** The physical line on which the record last returned by {@link #next} starts. */
    long recordLine() {
        return recordLine;
    }

    /** The fields of the next record, or null at the end of the text. */
    List<String> next() throws IOException, Defect {
        if (!skipEmptyLines()) {
            return null;
        }
        recordLine = line;
        recordChars = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            int c = take();
            if (quoted) {
                if (c == END) {
                    throw new Defect(recordLine, "a quoted field opened on this line is never closed");
                } else if (c == '"' && peek() == '"') {
                    take();
                    field.append('"');
                } else if (c == '"') {
                    quoted = false;
                    int after = peek();
                    if (after != ',' && after != '\r' && after != '\n' && after != END) {
                        throw new Defect(line, "a quoted field must be followed by a comma or the end of the line");
                    }
                } else {
                    field.append(text(c));
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            } else if (c == '\n' || c == '\r' || c == END) {
                fields.add(field.toString());
                return fields;
            } else {
                field.append(text(c));
            }
            fieldStart = false;
        }
    }

    /** Skips lines with nothing on them; false at the end of the text. */
    private boolean skipEmptyLines() throws IOException, Defect {
        while (true) {
            int c = peek();
            if (c == END) {
                return false;
            }
            if (c != '\n' && c != '\r') {
                return true;
            }
            recordChars = 0;
            take();
        }
    }

    /** A character inside a field: tab and (quoted) line breaks are text, other control characters are not. */
    private char text(int c) throws Defect {
        if (Texts.isForbiddenControl(c, true)) {
            throw new Defect(line, String.format("control character U+%04X in a field (only text is accepted)", c));
        }
        return (char) c;
    }

    /** Consumes one character, counting lines (CRLF is one line break) and the record's length. */
    private int take() throws IOException, Defect {
        int c = peek();
        if (c == END) {
            return END;
        }
        position++;
        if (++recordChars > maxChars) {
            throw new Defect(recordLine, "the row is longer than " + maxChars + " characters");
        }
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
        return c;
    }

    private int peek() throws IOException, Defect {
        if (position == limit) {
            int read;
            try {
                read = in.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw new Defect(line, "the file is not valid UTF-8 text (save it as UTF-8)");
            }
            if (read <= 0) {
                return END;
            }
            position = 0;
            limit = read;
        }
        return buffer[position];
    }
}
