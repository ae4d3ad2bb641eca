package org.advocacyledger.statistics.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.statistics.api.FigureRow;
import org.advocacyledger.statistics.api.FindExistingPeriods;
import org.advocacyledger.statistics.api.ImportStatisticsRows;
import org.advocacyledger.statistics.api.OpenStatisticsPeriod;
import org.advocacyledger.statistics.api.PeriodImportOutcome;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports one UNHCR file: parses it whole, then sends one command per country of asylum and year with all of
 * that period's rows. The period aggregate decides what is new, unchanged or corrected. Periods that hold no
 * figure yet are opened without loading them (the embedded store would scan every event to find none).
 */
@Service
public class StatisticsImporter {

    private static final Logger log = LoggerFactory.getLogger(StatisticsImporter.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ImportProgress progress;

    public StatisticsImporter(CommandGateway commands, QueryGateway queries, ImportProgress progress) {
        this.commands = commands;
        this.queries = queries;
        this.progress = progress;
    }

    public ImportSummary importFile(byte[] content, String source, String progressId, String user) {
        progress.update(progressId, user, new ImportProgress.Status("READING", 0, 0, 0));
        UnhcrCsv.Parsed parsed = UnhcrCsv.parse(content,
                read -> progress.update(progressId, user, new ImportProgress.Status("READING", read, 0, 0)));
        String importId = UUID.randomUUID().toString();
        Map<StatisticsPeriodId, List<UnhcrCsv.Row>> byPeriod = new LinkedHashMap<>();
        for (UnhcrCsv.Row row : parsed.rows()) {
            byPeriod.computeIfAbsent(row.key().period(), p -> new ArrayList<>()).add(row);
        }
        Set<String> existing = new HashSet<>(queries.query(new FindExistingPeriods(List.copyOf(byPeriod.keySet())),
                ResponseTypes.multipleInstancesOf(String.class)).join());
        List<UnhcrCsv.RowError> errors = new ArrayList<>(parsed.errors());
        int imported = 0;
        int unchanged = 0;
        int corrected = 0;
        int done = 0;
        int total = parsed.rows().size();
        progress.update(progressId, user, new ImportProgress.Status("IMPORTING", parsed.rowsRead(), 0, total));
        for (var period : byPeriod.entrySet()) {
            List<FigureRow> rows = period.getValue().stream().map(r -> new FigureRow(r.key().value(), r.values())).toList();
            try {
                PeriodImportOutcome outcome = send(period.getKey(), importId, source, rows, existing.contains(period.getKey().value()));
                imported += outcome.imported();
                unchanged += outcome.unchanged();
                corrected += outcome.corrected();
            } catch (RuleViolation e) {
                String reason = e.getMessage();
                period.getValue().forEach(r -> errors.add(new UnhcrCsv.RowError(r.line(), reason)));
            }
            done += rows.size();
            progress.update(progressId, user, new ImportProgress.Status("IMPORTING", parsed.rowsRead(), done, total));
        }
        progress.update(progressId, user, new ImportProgress.Status("DONE", parsed.rowsRead(), done, total));
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        log.info("Imported {} ({}): {} rows read, {} new, {} unchanged, {} corrected, {} rejected", source, parsed.layout(),
                parsed.rowsRead(), imported, unchanged, corrected, errors.size());
        return new ImportSummary(parsed.format(), parsed.rowsRead(), imported, unchanged, corrected, errors.size(),
                List.copyOf(errors.subList(0, Math.min(errors.size(), ImportSummary.MAX_ERRORS))));
    }

    private PeriodImportOutcome send(StatisticsPeriodId period, String importId, String source, List<FigureRow> rows,
                                     boolean exists) {
        if (!exists) {
            try {
                return commands.sendAndWait(new OpenStatisticsPeriod(period, importId, source, rows));
            } catch (RuntimeException e) {
                if (!causedBy(e, ConcurrencyException.class)) {
                    throw unwrap(e);
                }
                // opened meanwhile by another import: import into it instead
            }
        }
        try {
            return commands.sendAndWait(new ImportStatisticsRows(period, importId, source, rows));
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return violation;
            }
        }
        return e;
    }
}
