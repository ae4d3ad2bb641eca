package org.advocacyledger.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the day, the month, the year, or not at all. Serialized as {@code "2014-03-05"},
 * {@code "2014-03"}, {@code "2004"} or {@code null} (UNKNOWN).
 *
 * <p>Ordering rule (timelines): a date sorts at the start of its span; at the same start, the wider span
 * comes first (2014 before 2014-01 before 2014-01-01); UNKNOWN sorts after every known date.
 */
public record PartialDate(DatePrecision precision, Integer year, Integer month, Integer day) {

    public static final PartialDate UNKNOWN = new PartialDate(DatePrecision.UNKNOWN, null, null, null);

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("a date needs a precision");
        }
        switch (precision) {
            case UNKNOWN -> {
                year = null;
                month = null;
                day = null;
            }
            case YEAR -> {
                checkYear(year);
                month = null;
                day = null;
            }
            case MONTH -> {
                checkYear(year);
                YearMonth.of(year, requirePart(month, "month"));
                day = null;
            }
            case DAY -> {
                checkYear(year);
                try {
                    LocalDate.of(year, requirePart(month, "month"), requirePart(day, "day"));
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("is not a valid date");
                }
            }
        }
    }

    private static void checkYear(Integer year) {
        if (year == null || year < 1000 || year > 9999) {
            throw new IllegalArgumentException("the year must have four digits");
        }
    }

    private static int requirePart(Integer part, String name) {
        if (part == null) {
            throw new IllegalArgumentException("the " + name + " is missing");
        }
        return part;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(DatePrecision.YEAR, year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(DatePrecision.MONTH, year, month, null);
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(DatePrecision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses "2004", "2014-03" or "2014-03-05"; null or blank is UNKNOWN. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("is not a valid month");
        }
        if (m.group(3) == null) {
            return ofMonth(year, month);
        }
        return new PartialDate(DatePrecision.DAY, year, month, Integer.parseInt(m.group(3)));
    }

    /** A date that may be absent: null means UNKNOWN. */
    public static PartialDate orUnknown(PartialDate date) {
        return date == null ? UNKNOWN : date;
    }

    /** The date as written: "2004", "2014-03", "2014-03-05", or null when UNKNOWN. */
    @JsonValue
    public String value() {
        return switch (precision) {
            case UNKNOWN -> null;
            case YEAR -> "%04d".formatted(year);
            case MONTH -> "%04d-%02d".formatted(year, month);
            case DAY -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }

    public boolean isUnknown() {
        return precision == DatePrecision.UNKNOWN;
    }

    /** The first day of the span (null when UNKNOWN). */
    public LocalDate start() {
        return switch (precision) {
            case UNKNOWN -> null;
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day of the span (null when UNKNOWN). */
    public LocalDate end() {
        return switch (precision) {
            case UNKNOWN -> null;
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** True when the whole span lies after {@code today}: the thing cannot have happened yet. */
    public boolean isAfter(LocalDate today) {
        return !isUnknown() && start().isAfter(today);
    }

    /**
     * The key the timeline sorts by (see the class comment): the span's first day, then the precision
     * (wider first); UNKNOWN gets "~", which sorts after every digit.
     */
    public String sortKey() {
        if (isUnknown()) {
            return "~";
        }
        int rank = switch (precision) {
            case YEAR -> 0;
            case MONTH -> 1;
            default -> 2;
        };
        return start() + "|" + rank;
    }

    /** The latest calendar day anywhere on Earth (UTC+14): a date after it is in the future for everyone. */
    public static LocalDate latestToday() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    @Override
    public String toString() {
        return isUnknown() ? "UNKNOWN" : value();
    }
}
