package io.adeplatform.relationship.service.statuspack;

import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.references.References;
import io.adeplatform.relationship.domain.statuspack.PackOrigin;
import io.adeplatform.relationship.domain.statuspack.PdfDocument;
import io.adeplatform.relationship.domain.statuspack.StatusPack;
import io.adeplatform.relationship.domain.statuspack.StatusPackContent;
import io.adeplatform.relationship.persistence.CustomerRepository;
import io.adeplatform.relationship.persistence.statuspack.StatusPackContentRepository;
import io.adeplatform.relationship.persistence.statuspack.StatusPackRepository;
import io.adeplatform.relationship.service.CustomerAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The status-pack archive: keeps the PDFs the gateway rendered (only the reporter role stores, which the resource's
 * realm role decides; it sees every customer), lists them and hands one back. A cadence pack is kept once per due
 * item: a second one for the same customer, engagement, kind and due date is answered with the first.
 */
@ApplicationScoped
public class StatusPackService {

    @Inject
    CustomerAccess access;

    @Inject
    CustomerRepository customers;

    @Inject
    StatusPackRepository packs;

    @Inject
    StatusPackContentRepository contents;

    @Inject
    References references;

    @Inject
    Clock clock;

    /**
     * Keeps the pack of a customer the caller sees (404 otherwise), active (409 customer-archived), about an
     * engagement of that customer if one is named (422 unknown-engagement otherwise).
     */
    @Transactional
    public KeptPack keep(UUID customerId, PackOrigin origin, PdfDocument pdf, String by) {
        access.visible(customerId).requireActive();
        references.requireEngagement(origin.engagementId(), customerId);
        if (origin.isCadence()) {
            // replicas keeping the same due item queue here; the later one finds the earlier one's pack
            customers.lockForCadencePack(customerId);
            Optional<StatusPack> kept = packs.cadencePack(customerId, origin.engagementId(), origin.cadenceKind(),
                    origin.cadenceDue());
            if (kept.isPresent()) {
                return new KeptPack(kept.get(), false);
            }
        }
        StatusPack pack = StatusPack.keep(customerId, origin, pdf, by, OffsetDateTime.now(clock));
        packs.persist(pack);
        contents.persist(StatusPackContent.of(pack, pdf));
        return new KeptPack(pack, true);
    }

    /** The customer's packs, newest first, of one engagement when given (another customer's: an empty page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatusPack> list(UUID customerId, UUID engagementId, PageRequest page) {
        access.visible(customerId);
        return Page.fromOverfetch(packs.page(customerId, engagementId, page), page, Function.identity());
    }

    /** One pack of this customer with its PDF; 404 when the customer is not visible or the pack is not its. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PackDownload download(UUID customerId, UUID packId) {
        access.visible(customerId);
        StatusPack pack = CustomerRecord.ofCustomer(packs.findById(packId), customerId, "status pack", packId);
        StatusPackContent content = contents.findById(packId);
        if (content == null) {
            throw new NotFound("status pack", packId);
        }
        return new PackDownload(pack, content.content);
    }
}
