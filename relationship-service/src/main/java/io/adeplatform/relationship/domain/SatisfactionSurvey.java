package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One stakeholder's answer to a satisfaction survey, about the customer's relationship or one engagement. A record of
 * what the customer said, so never in the future and never edited.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey extends CustomerRecord {

    /** CSAT at or below this is a detractor answer, whatever the NPS. */
    public static final int DETRACTOR_CSAT = 2;

    public UUID engagementId;

    public UUID stakeholderId;

    public int csat;

    public int nps;

    public String verbatim;

    public LocalDate respondedOn;

    /** The answer, when it was given today (UTC) or earlier. */
    public static SatisfactionSurvey record(UUID customerId, SurveyAnswer a, String by, OffsetDateTime now) {
        if (a.respondedOn().isAfter(now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
            throw new RuleViolation("survey-in-future", "a survey answer is recorded once it was given; "
                    + a.respondedOn() + " is in the future");
        }
        if (a.csat() < 1 || a.csat() > 5 || a.nps() < 0 || a.nps() > 10) {
            throw new RuleViolation("score-out-of-range", "CSAT is 1–5 and NPS 0–10");
        }
        SatisfactionSurvey s = new SatisfactionSurvey();
        s.created(customerId, by, now);
        s.engagementId = a.engagementId();
        s.stakeholderId = a.stakeholderId();
        s.csat = a.csat();
        s.nps = a.nps();
        s.verbatim = a.verbatim() == null || a.verbatim().isBlank() ? null : a.verbatim().strip();
        s.respondedOn = a.respondedOn();
        return s;
    }

    public NpsCategory npsCategory() {
        return NpsCategory.of(nps);
    }

    /** A detractor answer (NPS 0–6 or CSAT 1–2) opens a follow-up action. */
    public boolean isDetractorAnswer() {
        return npsCategory() == NpsCategory.DETRACTOR || csat <= DETRACTOR_CSAT;
    }

    /** Why the answer needs a follow-up, in words, e.g. "NPS 4 (detractor), CSAT 2". */
    public String detractorReason() {
        return "NPS " + nps + (npsCategory() == NpsCategory.DETRACTOR ? " (detractor)" : "") + ", CSAT " + csat
                + (csat <= DETRACTOR_CSAT ? " (dissatisfied)" : "");
    }

    public SurveyScore score() {
        return new SurveyScore(respondedOn, csat, nps);
    }
}
