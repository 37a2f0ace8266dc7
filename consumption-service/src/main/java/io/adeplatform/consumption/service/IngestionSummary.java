package io.adeplatform.consumption.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one load stored: rows accepted (new), duplicates (stored already, also twice within the file), rejected rows
 * (the first 100 reported with their line: {@code ade.consumption.upload.reported-rejections}) and the date range stored.
 */
public record IngestionSummary(UUID uploadId, long accepted, long duplicates, long rejected, List<Rejection> rejections,
                               LocalDate fromDate, LocalDate toDate) {

    public record Rejection(long line, String reason) {
    }
}
