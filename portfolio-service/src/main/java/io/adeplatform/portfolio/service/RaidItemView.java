package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.RaidItem;

/** A RAID entry and whether it is overdue today. */
public record RaidItemView(RaidItem item, boolean overdue) {
}
