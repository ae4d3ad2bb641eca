package org.advocacyledger.reform.web;

import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.PartialDate;

/** Body of {@code POST /api/reforms/{id}/stages}. */
record RecordStageRequest(ReformStage stage, PartialDate date, Boolean planned, String comment) {

    RecordReformStage toCommand(ReformId id, Long expectedVersion) {
        return new RecordReformStage(id, expectedVersion, stage, date, Boolean.TRUE.equals(planned), comment);
    }
}
