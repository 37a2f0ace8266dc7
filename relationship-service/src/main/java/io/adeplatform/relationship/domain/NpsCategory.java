package io.adeplatform.relationship.domain;

/** Where an NPS answer (0–10) falls: promoter 9–10, passive 7–8, detractor 0–6. */
public enum NpsCategory {
    PROMOTER, PASSIVE, DETRACTOR;

    public static NpsCategory of(int nps) {
        if (nps < 0 || nps > 10) {
            throw new IllegalArgumentException("NPS is 0–10, not " + nps);
        }
        return nps >= 9 ? PROMOTER : nps >= 7 ? PASSIVE : DETRACTOR;
    }
}
