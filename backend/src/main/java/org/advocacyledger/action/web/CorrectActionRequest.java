package org.advocacyledger.action.web;

import java.util.List;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.CorrectAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.shared.PartialDate;

/** Body of {@code PUT /api/actions/{id}}: the whole corrected action (not its campaign) and the reason. */
record CorrectActionRequest(String country, String issue, String actor, ActionType actionType,
                            List<Framing> framings, List<LegalBasis> legalBases, Target target, PartialDate date,
                            String description, String notes, List<String> evidence, String reason) {

    CorrectAdvocacyAction toCommand(ActionId id, Long expectedVersion) {
        return new CorrectAdvocacyAction(id, expectedVersion, country, issue, actor, actionType, framings, legalBases,
                target, date, description, notes, evidence, reason);
    }
}
