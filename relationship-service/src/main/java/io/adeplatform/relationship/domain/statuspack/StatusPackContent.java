package io.adeplatform.relationship.domain.statuspack;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The PDF bytes of one {@link StatusPack}, apart from its metadata so that lists never load them. */
@Entity
@Table(name = "status_pack_content")
public class StatusPackContent {

    @Id
    public UUID packId;

    public byte[] content;

    public static StatusPackContent of(StatusPack pack, PdfDocument pdf) {
        StatusPackContent kept = new StatusPackContent();
        kept.packId = pack.id;
        kept.content = pdf.bytes();
        return kept;
    }
}
