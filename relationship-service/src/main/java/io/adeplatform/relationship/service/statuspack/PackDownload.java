package io.adeplatform.relationship.service.statuspack;

import io.adeplatform.relationship.domain.statuspack.StatusPack;

/** A kept status pack with its PDF bytes, for a download. */
public record PackDownload(StatusPack pack, byte[] content) {
}
