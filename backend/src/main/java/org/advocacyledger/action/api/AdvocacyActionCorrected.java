package org.advocacyledger.action.api;

import java.util.List;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.serialization.Revision;

/** An action was corrected: these are all its fields as they now stand, and why they were corrected. */
@Revision("1")
public record AdvocacyActionCorrected(
        ActionId actionId,
        String country,
        String issue,
        String actor,
        ActionType actionType,
        List<Framing> framings,
        List<LegalBasis> legalBases,
        Target target,
        PartialDate date,
        String description,
        String notes,
        List<String> evidence,
        String reason) implements AdvocacyActionEvent {

    public AdvocacyActionCorrected {
        date = PartialDate.orUnknown(date);
    }
}
