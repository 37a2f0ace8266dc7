package io.adeplatform.consumption.persistence;

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

    public void record(UUID uploadId, UsageSource source, String username, OffsetDateTime uploadedAt, long accepted,
                       long duplicates, long rejected, LocalDate from, LocalDate to) {
        em.createNativeQuery("INSERT INTO usage_upload (id, source, uploaded_by, uploaded_at, accepted, duplicates, "
                        + "rejected, from_date, to_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, uploadId).setParameter(2, WireEnums.wireName(source)).setParameter(3, username)
                .setParameter(4, uploadedAt).setParameter(5, accepted)
                .setParameter(6, duplicates).setParameter(7, rejected)
                .setParameter(8, from).setParameter(9, to)
                .executeUpdate();
    }
}
