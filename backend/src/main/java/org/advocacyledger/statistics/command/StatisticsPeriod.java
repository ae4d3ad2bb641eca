package org.advocacyledger.statistics.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacyledger.shared.Rules;
import org.advocacyledger.statistics.api.FigureChange;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.FigureRow;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.ImportStatisticsRows;
import org.advocacyledger.statistics.api.OpenStatisticsPeriod;
import org.advocacyledger.statistics.api.PeriodImportOutcome;
import org.advocacyledger.statistics.api.StatisticsBatchImported;
import org.advocacyledger.statistics.api.StatisticsCommand;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The UNHCR figures of one country of asylum and one year, with the current value of each figure. It decides
 * whether an imported row is new, unchanged or a correction; only new and corrected rows become events, in
 * batches of at most {@link #MAX_BATCH}.
 */
@Aggregate(cache = "aggregateCache")
public class StatisticsPeriod {

    static final int MAX_BATCH = 1_000;
    static final int MAX_SOURCE = 200;
    static final int MAX_ROWS = 500_000;

    @AggregateIdentifier
    private StatisticsPeriodId periodId;
    private final Map<String, Figures> current = new HashMap<>();

    protected StatisticsPeriod() {
        // for Axon
    }

    /** Creates the period without loading it first: the event store refuses it if the period exists. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    PeriodImportOutcome handle(OpenStatisticsPeriod command) {
        return importRows(command);
    }

    @CommandHandler
    PeriodImportOutcome handle(ImportStatisticsRows command) {
        return importRows(command);
    }

    private PeriodImportOutcome importRows(StatisticsCommand command) {
        check(command);
        List<FigureChange> changes = new ArrayList<>();
        int imported = 0;
        int unchanged = 0;
        int corrected = 0;
        for (FigureRow row : command.rows()) {
            Figures before = current.get(row.key());
            if (before == null) {
                imported++;
                changes.add(new FigureChange(row.key(), null, row.values()));
            } else if (before.equals(row.values())) {
                unchanged++;
            } else {
                corrected++;
                changes.add(new FigureChange(row.key(), before, row.values()));
            }
        }
        String source = command.source().strip();
        for (int from = 0; from < changes.size(); from += MAX_BATCH) {
            apply(new StatisticsBatchImported(command.periodId(), command.importId(), source,
                    List.copyOf(changes.subList(from, Math.min(changes.size(), from + MAX_BATCH)))));
        }
        return new PeriodImportOutcome(imported, unchanged, corrected);
    }

    private static void check(StatisticsCommand command) {
        Rules rules = new Rules()
                .requireText(command.source(), "source", MAX_SOURCE)
                .requireText(command.importId(), "importId", 100)
                .require(command.rows() != null && !command.rows().isEmpty(), "rows", "must hold at least one row")
                .maxSize(command.rows(), "rows", MAX_ROWS);
        List<FigureRow> rows = command.rows() == null ? List.of() : command.rows();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            FigureRow row = rows.get(i);
            String field = "rows[" + i + "]";
            FigureKey key;
            try {
                key = FigureKey.parse(row.key());
            } catch (IllegalArgumentException e) {
                rules.require(false, field, "has an invalid figure key: " + e.getMessage());
                continue;
            }
            rules.require(key.period().equals(command.periodId()), field, "belongs to period " + key.period()
                    + ", not " + command.periodId());
            rules.require(row.values() != null && row.values().fits(key.kind()), field,
                    "needs exactly the non-negative counts of " + key.kind().name().toLowerCase());
            rules.require(seen.add(row.key()), field, "repeats figure " + row.key());
        }
        rules.check();
    }

    @EventSourcingHandler
    void on(StatisticsBatchImported event) {
        this.periodId = event.periodId();
        for (FigureChange change : event.figures()) {
            current.put(change.key(), change.current());
        }
    }
}
