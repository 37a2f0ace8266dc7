package io.adeplatform.portfolio.domain.quality;

import jakarta.persistence.Embeddable;

/** One item of a review's checklist, copied from its gate when the review starts. */
@Embeddable
public class ChecklistItem {

    public String item;

    public boolean done;

    protected ChecklistItem() {
    }

    ChecklistItem(String item) {
        this.item = item;
    }
}
