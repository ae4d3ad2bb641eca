package org.advocacyledger.statistics.api;

/** What a UNHCR file holds: asylum decisions or asylum applications. */
public enum StatisticsFormat {
    DECISIONS("D"),
    APPLICATIONS("A");

    private final String code;

    StatisticsFormat(String code) {
        this.code = code;
    }

    /** The one-letter code that starts a figure key. */
    public String code() {
        return code;
    }

    public static StatisticsFormat ofCode(String code) {
        for (StatisticsFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown figure kind " + code);
    }
}
