package io.adeplatform.relationship.domain.statuspack;

/** Why a status pack was rendered: someone asked for it, or its customer's cadence made it due. */
public enum PackTrigger {
    ON_DEMAND, CADENCE
}
