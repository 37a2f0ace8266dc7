package io.adeplatform.relationship.persistence;

import io.adeplatform.relationship.domain.CustomerStatus;

/** What a customer list is narrowed to; null (tier, region, name: also blank) means no restriction. */
public record CustomerFilter(String segment, String tier, String region, CustomerStatus status, String nameContains) {
}
