package org.advocacyledger.statistics.importing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.advocacyledger.statistics.api.StatisticsFormat;

/**
 * What an import did: rows read (non-empty data rows), imported (new figures), unchanged, corrected and
 * rejected, with the line number and reason of the first {@link #MAX_ERRORS} rejected rows.
 */
@JsonPropertyOrder({"format", "rowsRead", "rowsImported", "rowsUnchanged", "rowsCorrected", "rowsRejected", "errors"})
public record ImportSummary(StatisticsFormat format, int rowsRead, int rowsImported, int rowsUnchanged, int rowsCorrected,
                            int rowsRejected, List<UnhcrCsv.RowError> errors) {

    public static final int MAX_ERRORS = 100;
}
