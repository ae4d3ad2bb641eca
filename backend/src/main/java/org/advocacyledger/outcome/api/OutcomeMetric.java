package org.advocacyledger.outcome.api;

/** What a measured outcome counts. OTHER is named in {@code Measurement.otherMetric}. */
public enum OutcomeMetric {
    ASYLUM_APPLICATIONS, REFUGEE_RECOGNITIONS, HUMANITARIAN_PROTECTION_GRANTS, REJECTIONS, OTHER
}
