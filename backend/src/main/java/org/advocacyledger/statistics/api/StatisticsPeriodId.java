package org.advocacyledger.statistics.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One country of asylum and one year, e.g. {@code KOR|2015}: the unit of the statistics aggregate and of its read document. */
public record StatisticsPeriodId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StatisticsPeriodId {
        if (value == null || !value.matches("[A-Z]{3}\\|\\d{4}")) {
            throw new IllegalArgumentException("a statistics period id is COUNTRY|YEAR, e.g. KOR|2015");
        }
    }

    public static StatisticsPeriodId of(String countryOfAsylum, int year) {
        return new StatisticsPeriodId(countryOfAsylum + "|" + year);
    }

    public String country() {
        return value.substring(0, 3);
    }

    public int year() {
        return Integer.parseInt(value.substring(4));
    }

    @Override
    public String toString() {
        return value;
    }
}
