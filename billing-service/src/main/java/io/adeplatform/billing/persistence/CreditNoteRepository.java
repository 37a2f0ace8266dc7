package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.CreditNote;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CreditNoteRepository implements PanacheRepositoryBase<CreditNote, UUID> {

    public List<CreditNote> ofInvoice(UUID invoiceId) {
        return list("invoiceId", Sort.by("issuedAt").and("id"), invoiceId);
    }
}
