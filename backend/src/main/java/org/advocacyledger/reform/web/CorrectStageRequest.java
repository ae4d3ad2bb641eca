package org.advocacyledger.reform.web;

import org.advocacyledger.reform.api.CorrectReformStage;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.shared.PartialDate;

/** Body of {@code PUT /api/reforms/{id}/stages/{stageVersion}}: the stage's corrected date and comment, and why. */
record CorrectStageRequest(PartialDate date, String comment, String reason) {

    CorrectReformStage toCommand(ReformId id, Long expectedVersion, long stageVersion) {
        return new CorrectReformStage(id, expectedVersion, stageVersion, date, comment, reason);
    }
}
