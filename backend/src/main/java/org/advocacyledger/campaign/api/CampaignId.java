package org.advocacyledger.campaign.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A campaign's identity; serialized as its plain string value. */
public record CampaignId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a campaign id must not be blank");
        }
    }

    public static CampaignId create() {
        return new CampaignId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
