package org.advocacyledger.reform.api;

/** Reforms that are not retracted, by the date of their latest stage (UNKNOWN last), optionally filtered. */
public record ListLegalReforms(String campaignId, String country, ReformStage stage, ReformDirection direction,
                               int page, int size,
        java.util.Collection<String> campaignScope) {

    /** Unscoped: every campaign. {@code campaignScope}, when not null, limits results to those campaigns. */
    public ListLegalReforms(String campaignId, String country, ReformStage stage, ReformDirection direction,
                               int page, int size) {
        this(campaignId, country, stage, direction, page, size, null);
    }
}
