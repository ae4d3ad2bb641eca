package org.advocacyledger.reform.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of a reform and the allowed transitions (docs/api-record.md):
 * <pre>
 *   (first stage)  PROPOSED, DEBATED, ADOPTED or IN_FORCE
 *   PROPOSED    -> DEBATED, ADOPTED, REJECTED
 *   DEBATED     -> ADOPTED, REJECTED
 *   ADOPTED     -> IN_FORCE, REPEALED
 *   IN_FORCE    -> REPEALED
 *   REPEALED, REJECTED: final
 * </pre>
 */
public enum ReformStage {
    PROPOSED, DEBATED, ADOPTED, IN_FORCE, REPEALED, REJECTED;

    /** The stages a reform may be first recorded at. */
    public static final Set<ReformStage> FIRST = EnumSet.of(PROPOSED, DEBATED, ADOPTED, IN_FORCE);

    /** The stages that may follow this one. */
    public Set<ReformStage> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(DEBATED, ADOPTED, REJECTED);
            case DEBATED -> EnumSet.of(ADOPTED, REJECTED);
            case ADOPTED -> EnumSet.of(IN_FORCE, REPEALED);
            case IN_FORCE -> EnumSet.of(REPEALED);
            case REPEALED, REJECTED -> EnumSet.noneOf(ReformStage.class);
        };
    }

    /** True when a reform at {@code current} (null: not yet recorded) may move to this stage. */
    public boolean mayFollow(ReformStage current) {
        return current == null ? FIRST.contains(this) : current.next().contains(this);
    }
}
