package io.adeplatform.consumption.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one load stored: the export format its header named ("focus", "azure-cost-details", "native"), rows accepted
 * (new), duplicates (stored already with the same values, also a key twice within the file), updated (a stored row
 * replaced by a restated one: same natural key, another cost), rejected rows (the first 100 reported with their line:
 * {@code ade.consumption.upload.reported-rejections}) and the date range of the rows accepted or updated.
 */
public record IngestionSummary(UUID uploadId, String format, long accepted, long duplicates, long updated,
                               long rejected, List<RowRejection> rejections, LocalDate fromDate, LocalDate toDate) {

    public record RowRejection(long line, String reason) {
    }
}
