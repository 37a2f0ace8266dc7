package io.adeplatform.relationship.domain;

/**
 * Why a status pack was rendered: someone asked for it, or its customer's cadence made it due. (A wire enum of the
 * status-pack archive, kept here beside the other wire enums, where the OpenAPI filter finds its wire names.)
 */
public enum PackTrigger {
    ON_DEMAND, CADENCE
}
