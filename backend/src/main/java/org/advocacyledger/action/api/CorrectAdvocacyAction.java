package org.advocacyledger.action.api;

import java.util.List;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Correct an action: every field is given again (the full corrected record) with a reason. When
 * {@code expectedVersion} is set and the action has changed since, the command is refused.
 */
public record CorrectAdvocacyAction(
        @TargetAggregateIdentifier ActionId actionId,
        @TargetAggregateVersion Long expectedVersion,
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
        String reason) implements AdvocacyActionCommand {
}
