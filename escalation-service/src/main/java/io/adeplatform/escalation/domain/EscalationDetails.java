package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Texts;

import java.util.List;
import java.util.UUID;

/**
 * What people describe about an escalation, when opening it and when replacing it: texts stripped, watchers stripped
 * and without repeats, a blank owner absent (the opener becomes the owner).
 */
public record EscalationDetails(UUID engagementId, String title, String description, Severity severity,
                                Category category, String owner, List<String> watchers) {

    public EscalationDetails {
        title = title.strip();
        description = description.strip();
        owner = Texts.blankToNull(owner);
        watchers = watchers == null ? List.of() : watchers.stream().map(String::strip).distinct().toList();
    }
}
