package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

import java.util.ArrayList;
import java.util.List;

/** The compliance checklist a contract must complete before signature. */
public enum ComplianceItemType {
    LEGAL_REVIEW, SECURITY_REVIEW, DATA_PROTECTION, PUBLIC_PROCUREMENT;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** Every contract needs legal, security and data protection; public-sector customers also procurement rules. */
    public static List<ComplianceItemType> checklistFor(String customerSegment) {
        List<ComplianceItemType> items = new ArrayList<>(List.of(LEGAL_REVIEW, SECURITY_REVIEW, DATA_PROTECTION));
        if (isPublicSector(customerSegment)) {
            items.add(PUBLIC_PROCUREMENT);
        }
        return items;
    }

    static boolean isPublicSector(String segment) {
        if (segment == null) {
            return false;
        }
        String s = segment.toLowerCase();
        return s.contains("government") || s.contains("education") || s.contains("public");
    }
}
