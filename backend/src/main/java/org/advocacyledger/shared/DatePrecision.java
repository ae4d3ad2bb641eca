package org.advocacyledger.shared;

/** How much of a date is known. UNKNOWN means no date at all: a date is never invented. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
