package org.advocacyledger.reform.api;

/** Reforms that are not retracted, by the date of their latest stage (UNKNOWN last), optionally filtered. */
public record ListLegalReforms(String campaignId, String country, ReformStage stage, ReformDirection direction,
                               int page, int size) {
}
