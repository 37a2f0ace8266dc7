package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.CostExportFormat;
import io.adeplatform.consumption.domain.UsageSource;
import io.adeplatform.platform.core.WireEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One usage_upload row per load (a CSV file or a partner-feed record): who, when, and what it counted. */
@ApplicationScoped
public class UsageUploadRepository {

    @Inject
    EntityManager em;

    /** What a load counted: rows stored new, found stored with the same values, replaced (restated), refused. */
    public record Counts(long accepted, long duplicates, long updated, long rejected) {
    }

    public void record(UUID uploadId, UsageSource source, CostExportFormat format, String username,
                       OffsetDateTime uploadedAt, Counts counts, LocalDate from, LocalDate to) {
        em.createNativeQuery("INSERT INTO usage_upload (id, source, format, uploaded_by, uploaded_at, accepted, "
                        + "duplicates, updated, rejected, from_date, to_date) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, uploadId).setParameter(2, WireEnums.wireName(source))
                .setParameter(3, format.wireName()).setParameter(4, username)
                .setParameter(5, uploadedAt).setParameter(6, counts.accepted())
                .setParameter(7, counts.duplicates()).setParameter(8, counts.updated())
                .setParameter(9, counts.rejected())
                .setParameter(10, from).setParameter(11, to)
                .executeUpdate();
    }
}
