package org.advocacyledger.contribution.api;

/** What a claim says the actions contributed to. */
public enum ClaimTargetType {
    REFORM("LegalReform"), OUTCOME("Outcome");

    private final String aggregateType;

    ClaimTargetType(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    /** The aggregate type a target of this kind must have in the event store. */
    public String aggregateType() {
        return aggregateType;
    }
}
