package org.advocacyledger.reform.api;

/** Every command a legal reform handles. */
public sealed interface LegalReformCommand permits RecordLegalReform, RecordReformStage, CorrectLegalReform, CorrectReformStage, RetractLegalReform {
    ReformId reformId();
}
