package io.adeplatform.billing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free document numbers per series and year. The counter row is incremented (and so locked) inside the
 * caller's transaction: a concurrent issuer waits for the commit, and a rollback gives the number back.
 */
@ApplicationScoped
public class DocumentNumberRepository {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String series, int year) {
        Number next = (Number) em.createNativeQuery("INSERT INTO document_counter (series, year, last) VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (series, year) DO UPDATE SET last = document_counter.last + 1 RETURNING last")
                .setParameter(1, series).setParameter(2, year)
                .getSingleResult();
        return String.format("%s-%d-%06d", series, year, next.intValue());
    }
}
