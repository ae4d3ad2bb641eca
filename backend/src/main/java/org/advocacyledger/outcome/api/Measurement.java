package org.advocacyledger.outcome.api;

import org.advocacyledger.shared.Period;

/**
 * A measured figure: {@code value} {@code unit} of {@code metric} in the outcome's country over
 * {@code period} ("2015", "2014-03" or "1994 to 2015-08"), as published by {@code source}.
 */
public record Measurement(OutcomeMetric metric, String otherMetric, Period period, Long value, OutcomeUnit unit,
                          String source) {
}
