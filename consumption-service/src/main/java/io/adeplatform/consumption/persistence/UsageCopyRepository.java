package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.UsageRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One {@code COPY … FROM STDIN (FORMAT csv)} on the transaction's connection, fed usage rows as CSV lines in 64 KB
 * writes (one write per row would cost a round of driver work each). Not a bean: one instance per COPY.
 */
final class UsageCopyRepository {

    /** The usage_record columns a row fills, in the order {@link #write} writes them. */
    static final String COLUMNS =
            "usage_date, subscription_id, meter, resource_group, customer_id, service, quantity, unit, cost, currency, "
                    + "resource_id, charge_category, charge, effective_cost";
    private static final int WRITE_BYTES = 1 << 16;

    private final CopyIn copy;
    /** Appended to every line: further columns the same for all rows of this COPY (the upload id). */
    private final String lineSuffix;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(2 * WRITE_BYTES);
    private final StringBuilder line = new StringBuilder(200);

    private UsageCopyRepository(CopyIn copy, String lineSuffix) {
        this.copy = copy;
        this.lineSuffix = lineSuffix;
    }

    /** Starts {@code copySql} ({@code COPY <table> (…) FROM STDIN WITH (FORMAT csv)}). */
    static UsageCopyRepository start(Connection connection, String copySql, String lineSuffix) throws SQLException {
        return new UsageCopyRepository(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), lineSuffix);
    }

    void write(UsageRow row) throws SQLException {
        line.setLength(0);
        csvLine(line, row);
        line.append(lineSuffix).append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (buffer.size() >= WRITE_BYTES) {
            flush();
        }
    }

    /** Writes what is buffered and ends the COPY; a row the table refuses (a stored key) fails here at the latest. */
    void end() throws SQLException {
        flush();
        copy.endCopy();
    }

    /** Drops what is buffered and cancels the COPY if the server has not ended it already. */
    void cancel() {
        buffer.reset();
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // already ended by the server's error
            }
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        buffer.reset();
    }

    private static void csvLine(StringBuilder line, UsageRow row) {
        line.append(row.date()).append(',');
        quoted(line, row.subscriptionId()).append(',');
        quoted(line, row.meter()).append(',');
        quoted(line, row.resourceGroup()).append(',');
        line.append(row.customerId()).append(',');
        quoted(line, row.service()).append(',');
        line.append(row.quantity().toPlainString()).append(',');
        quoted(line, row.unit()).append(',');
        line.append(row.cost().toPlainString()).append(',');
        line.append(row.currency()).append(',');
        quoted(line, row.resourceId()).append(',');
        quoted(line, row.chargeCategory()).append(',');
        quoted(line, row.charge()).append(',');
        if (row.effectiveCost() != null) { // an unquoted empty field is NULL in COPY's csv format
            line.append(row.effectiveCost().toPlainString());
        }
    }

    private static StringBuilder quoted(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        return line.append('"');
    }
}
