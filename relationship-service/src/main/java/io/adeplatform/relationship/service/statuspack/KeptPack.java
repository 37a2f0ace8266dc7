package io.adeplatform.relationship.service.statuspack;

import io.adeplatform.relationship.domain.statuspack.StatusPack;

/** A status pack as kept: {@code created} false when an identical cadence pack was already kept (nothing stored). */
public record KeptPack(StatusPack pack, boolean created) {
}
