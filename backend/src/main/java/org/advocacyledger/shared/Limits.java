package org.advocacyledger.shared;

/** Length and count limits shared by every record (documented in docs/api-record.md). */
public final class Limits {

    /** Names: issue, actor organisation, target name, instrument, source. */
    public static final int NAME = 300;
    /** Titles and one-line summaries. */
    public static final int TITLE = 300;
    public static final int DESCRIPTION = 10_000;
    public static final int NOTES = 10_000;
    public static final int REASON = 2_000;
    public static final int EVIDENCE_LINKS = 20;
    public static final int LINK = 2_000;

    private Limits() {
    }
}
