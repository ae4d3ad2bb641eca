package org.advocacyledger.reform.web;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.PartialDate;

/** Body of {@code POST /api/reforms}: the reform and its first stage. */
record RecordReformRequest(String campaignId, String country, String instrument, ReformKind kind, String summary,
                           String citation, String description, ReformDirection direction, ReformStage stage,
                           PartialDate stageDate, Boolean stagePlanned, String stageComment) {

    RecordLegalReform toCommand(ReformId id) {
        return new RecordLegalReform(id, campaignId == null || campaignId.isBlank() ? null : new CampaignId(campaignId),
                country, instrument, kind, summary, citation, description, direction, stage, stageDate,
                Boolean.TRUE.equals(stagePlanned), stageComment);
    }
}
