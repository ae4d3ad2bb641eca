package org.advocacyledger.statistics.api;

import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The numbers of one figure row. Decisions: recognized (refugee status), complementary protection (what Japan
 * and Korea call humanitarian status), rejected, otherwise closed, total decisions. Applications: applied.
 * Fields that do not belong to the row's kind are null. UNHCR masks small numbers: a 5 means "between 1 and 5".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figures(Long recognized, Long complementaryProtection, Long rejected, Long otherwiseClosed,
                      Long totalDecisions, Long applied) {

    /** The value UNHCR writes for any count from 1 to 5. */
    public static final long MASKED = 5;

    public static Figures decisions(long recognized, long complementaryProtection, long rejected, long otherwiseClosed,
                                    long totalDecisions) {
        return new Figures(recognized, complementaryProtection, rejected, otherwiseClosed, totalDecisions, null);
    }

    public static Figures applications(long applied) {
        return new Figures(null, null, null, null, null, applied);
    }

    /** True when exactly the fields of {@code kind} are present, none negative. */
    public boolean fits(StatisticsFormat kind) {
        boolean decisions = Stream.of(recognized, complementaryProtection, rejected, otherwiseClosed, totalDecisions)
                .allMatch(v -> v != null && v >= 0);
        boolean noDecisions = Stream.of(recognized, complementaryProtection, rejected, otherwiseClosed, totalDecisions)
                .allMatch(v -> v == null);
        return kind == StatisticsFormat.DECISIONS
                ? decisions && applied == null
                : noDecisions && applied != null && applied >= 0;
    }

    /** How many of the present values are UNHCR's masked "between 1 and 5". */
    @JsonIgnore
    public int maskedCells() {
        return (int) Stream.of(recognized, complementaryProtection, rejected, otherwiseClosed, totalDecisions, applied)
                .filter(v -> v != null && v == MASKED).count();
    }
}
