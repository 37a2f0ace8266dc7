package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

public enum ApprovalRole {
    FINANCE, EXECUTIVE;

    public String wireName() {
        return WireEnums.wireName(this);
    }
}
