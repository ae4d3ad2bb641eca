package org.advocacyledger.reform.api;

/** Every event a legal reform has recorded. Names and fields are permanent (see docs/events.md). */
public sealed interface LegalReformEvent permits LegalReformRecorded, ReformStageRecorded, LegalReformCorrected, ReformStageCorrected, LegalReformRetracted {
    ReformId reformId();
}
