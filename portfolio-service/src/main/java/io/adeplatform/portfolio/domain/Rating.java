package io.adeplatform.portfolio.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One RAG dimension being rated: the worst rating given so far, with the reasons (and their machine-readable causes)
 * of that rating only; a red drops the amber reasons before it.
 */
final class Rating {

    private final String dimension;
    private Health rag = Health.GREEN;
    private final List<String> reasons = new ArrayList<>();
    private final List<HealthCause> causes = new ArrayList<>();

    Rating(String dimension) {
        this.dimension = dimension;
    }

    void red(String code, String reason) {
        red(code, reason, null);
    }

    void red(String code, String reason, UUID escalationId) {
        if (rag != Health.RED) {
            clear();
        }
        rag = Health.RED;
        add(code, reason, escalationId);
    }

    void amber(String code, String reason) {
        amber(code, reason, null);
    }

    void amber(String code, String reason, UUID escalationId) {
        if (rag == Health.RED) {
            return;
        }
        if (rag == Health.GREEN) {
            clear();
        }
        rag = Health.AMBER;
        add(code, reason, escalationId);
    }

    /** Open RAID issues of a category ({@code titles}): red from {@code redAt} on, amber below, nothing when none. */
    void openIssues(String code, String category, List<String> titles, int redAt) {
        int n = titles.size();
        if (n == 0) {
            return;
        }
        String reason = n + " open " + category + " issue" + (n == 1 ? "" : "s") + ": " + String.join(", ", titles);
        if (n >= redAt) {
            red(code, reason);
        } else {
            amber(code, reason);
        }
    }

    /** The reason given while the dimension stays green. */
    void greenBecause(String reason) {
        if (rag == Health.GREEN) {
            reasons.add(reason);
        }
    }

    Health rag() {
        return rag;
    }

    String dimension() {
        return dimension;
    }

    List<HealthCause> causes() {
        return List.copyOf(causes);
    }

    RagRules.Dimension done() {
        return new RagRules.Dimension(rag, List.copyOf(reasons));
    }

    private void add(String code, String reason, UUID escalationId) {
        reasons.add(reason);
        causes.add(new HealthCause(dimension, code, rag, escalationId));
    }

    private void clear() {
        reasons.clear();
        causes.clear();
    }
}
