package io.adeplatform.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The root-cause analysis a resolution must carry. */
@Embeddable
public class RootCause {

    @Enumerated(EnumType.STRING)
    @Column(name = "rca_category")
    public CauseCategory category;

    @Column(name = "rca_description")
    public String description;

    @Column(name = "rca_corrective_actions")
    public String correctiveActions;

    @Column(name = "rca_preventive_actions")
    public String preventiveActions;

    protected RootCause() {
    }

    public RootCause(CauseCategory category, String description, String correctiveActions, String preventiveActions) {
        this.category = category;
        this.description = description.strip();
        this.correctiveActions = correctiveActions.strip();
        this.preventiveActions = preventiveActions.strip();
    }
}
