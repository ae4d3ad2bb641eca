package org.advocacyledger.statistics.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.shared.projection.MongoProjection;
import org.advocacyledger.statistics.api.FigureChange;
import org.advocacyledger.statistics.api.FigureHistory;
import org.advocacyledger.statistics.api.FigureKey;
import org.advocacyledger.statistics.api.FigureSummary;
import org.advocacyledger.statistics.api.Figures;
import org.advocacyledger.statistics.api.FindExistingPeriods;
import org.advocacyledger.statistics.api.FindFigureHistory;
import org.advocacyledger.statistics.api.FindPeriodFigures;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.advocacyledger.statistics.api.StatisticsBatchImported;
import org.advocacyledger.statistics.api.StatisticsFormat;
import org.advocacyledger.statistics.api.StatisticsPeriodId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * One document per country of asylum and year ({@code _id} "KOR|2015"), holding every figure of that period
 * with its current values and its history. The embedded store has no secondary indexes, so every query is
 * answered by {@code _id} look-ups and summed in memory.
 */
@Component
@ProcessingGroup("statistics")
class StatisticsProjection extends MongoProjection {

    static final String COLLECTION = "statistics_periods";
    static final String FIGURES = "figures";

    private final MongoCollection<Document> periods;

    StatisticsProjection(MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.periods = ledgerDatabase.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public StatisticsProjection on(MongoDatabase other) {
        return new StatisticsProjection(other);
    }

    @EventHandler
    void on(StatisticsBatchImported event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        String id = event.periodId().value();
        if (sequence == 0) {
            Document figures = new Document();
            for (FigureChange change : event.figures()) {
                figures.append(change.key(), newFigure(change, entry(event, at, userId, change)));
            }
            insertOnce(periods, new Document("_id", id)
                    .append("country", event.periodId().country())
                    .append("year", event.periodId().year())
                    .append(FIGURES, figures)
                    .append(VERSION, sequence));
            return;
        }
        List<Bson> updates = new ArrayList<>();
        for (FigureChange change : event.figures()) {
            String path = FIGURES + "." + change.key();
            Document entry = entry(event, at, userId, change);
            if (change.previous() == null) {
                updates.add(Updates.set(path, newFigure(change, entry)));
            } else {
                updates.add(Updates.set(path + ".values", toDocument(change.current())));
                updates.add(Updates.push(path + ".history", entry));
            }
        }
        if (applyInOrder(periods, id, sequence, Updates.combine(updates)) == Applied.GAP) {
            throw new IllegalStateException("statistics period " + id + " misses events before " + sequence);
        }
    }

    private static Document newFigure(FigureChange change, Document entry) {
        FigureKey key = FigureKey.parse(change.key());
        Document figure = new Document("kind", key.kind().code())
                .append("origin", key.origin())
                .append("authority", key.authority());
        if (key.applicationType() != null) {
            figure.append("applicationType", key.applicationType());
        }
        return figure.append("stage", key.stage())
                .append("basis", key.basis())
                .append("values", toDocument(change.current()))
                .append("history", new ArrayList<>(List.of(entry)));
    }

    private static Document entry(StatisticsBatchImported event, Instant at, String userId, FigureChange change) {
        return new Document("source", event.source())
                .append("importId", event.importId())
                .append("importedAt", Date.from(at))
                .append("importedBy", userId)
                .append("values", toDocument(change.current()));
    }

    static Document toDocument(Figures f) {
        Document d = new Document();
        if (f.recognized() != null) {
            d.append("recognized", f.recognized())
                    .append("complementaryProtection", f.complementaryProtection())
                    .append("rejected", f.rejected())
                    .append("otherwiseClosed", f.otherwiseClosed())
                    .append("totalDecisions", f.totalDecisions());
        }
        if (f.applied() != null) {
            d.append("applied", f.applied());
        }
        return d;
    }

    static Figures toFigures(Document d) {
        return new Figures(longOrNull(d, "recognized"), longOrNull(d, "complementaryProtection"), longOrNull(d, "rejected"),
                longOrNull(d, "otherwiseClosed"), longOrNull(d, "totalDecisions"), longOrNull(d, "applied"));
    }

    private static Long longOrNull(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? null : n.longValue();
    }

    // ------------------------------------------------------------------------------------------ queries

    @QueryHandler
    List<ProtectionRate> handle(FindProtectionRates query) {
        List<String> ids = new ArrayList<>();
        for (String country : new LinkedHashSet<>(query.countries())) {
            for (int year = query.from(); year <= query.to(); year++) {
                ids.add(StatisticsPeriodId.of(country, year).value());
            }
        }
        Map<String, Document> found = new HashMap<>();
        for (Document d : periods.find(Filters.in("_id", ids))) {
            found.put(d.getString("_id"), d);
        }
        List<ProtectionRate> rates = new ArrayList<>();
        for (String id : ids) {
            Document period = found.get(id);
            if (period != null) {
                rates.addAll(ratesOf(StatisticsPeriodId.of(id.substring(0, 3), Integer.parseInt(id.substring(4))),
                        period.get(FIGURES, Document.class), query));
            }
        }
        return rates;
    }

    /** Sums the matching figures of one period, per basis (persons and cases are never added together). */
    static List<ProtectionRate> ratesOf(StatisticsPeriodId period, Document figures, FindProtectionRates query) {
        Map<String, Sum> byBasis = new TreeMap<>(Comparator.comparing((String b) -> b.equals("P") ? 0 : 1).thenComparing(b -> b));
        for (Object value : figures.values()) {
            Document figure = (Document) value;
            String basis = figure.getString("basis");
            if (!matches(query.origin(), figure.getString("origin")) || !matches(query.authority(), figure.getString("authority"))
                    || !matches(query.stage(), figure.getString("stage")) || !matches(query.basis(), basis)) {
                continue;
            }
            byBasis.computeIfAbsent(basis, b -> new Sum()).add(figure.getString("kind"), toFigures(figure.get("values", Document.class)));
        }
        List<ProtectionRate> rates = new ArrayList<>();
        byBasis.forEach((basis, sum) -> rates.add(sum.toRate(period.country(), period.year(), basis)));
        return rates;
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.equals(value);
    }

    /** Running totals of one country, year and basis. */
    static final class Sum {
        private boolean decisions;
        private boolean applications;
        private long recognized;
        private long complementary;
        private long rejected;
        private long closed;
        private long total;
        private long applied;
        private int masked;

        void add(String kind, Figures f) {
            masked += f.maskedCells();
            if (StatisticsFormat.DECISIONS.code().equals(kind)) {
                decisions = true;
                recognized += f.recognized();
                complementary += f.complementaryProtection();
                rejected += f.rejected();
                closed += f.otherwiseClosed();
                total += f.totalDecisions();
            } else {
                applications = true;
                applied += f.applied();
            }
        }

        ProtectionRate toRate(String country, int year, String basis) {
            return ProtectionRate.of(country, year, basis,
                    decisions ? recognized : null, decisions ? complementary : null, decisions ? rejected : null,
                    decisions ? closed : null, decisions ? total : null, applications ? applied : null, masked);
        }
    }

    @QueryHandler
    FigureHistory handle(FindFigureHistory query) {
        FigureKey key = query.key();
        Document period = periods.find(Filters.eq("_id", key.period().value())).first();
        Document figure = period == null ? null : period.get(FIGURES, Document.class).get(key.value(), Document.class);
        if (figure == null) {
            return null;
        }
        List<FigureHistory.Entry> entries = new ArrayList<>();
        Figures previous = null;
        for (Document e : figure.getList("history", Document.class)) {
            Figures values = toFigures(e.get("values", Document.class));
            entries.add(new FigureHistory.Entry(e.getString("source"), e.getString("importId"),
                    e.getDate("importedAt").toInstant(), e.getString("importedBy"), previous, values));
            previous = values;
        }
        return new FigureHistory(key.value(), key.kind().name(), key.country(), key.year(), key.origin(), key.authority(),
                key.applicationType(), key.stage(), key.basis(), toFigures(figure.get("values", Document.class)), entries);
    }

    @QueryHandler
    List<FigureSummary> handle(FindPeriodFigures query) {
        Document period = periods.find(Filters.eq("_id", query.periodId().value())).first();
        if (period == null) {
            return List.of();
        }
        List<FigureSummary> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : period.get(FIGURES, Document.class).entrySet()) {
            Document f = (Document) e.getValue();
            List<Document> history = f.getList("history", Document.class);
            all.add(new FigureSummary(e.getKey(), StatisticsFormat.ofCode(f.getString("kind")).name(), f.getString("origin"),
                    f.getString("authority"), f.getString("applicationType"), f.getString("stage"), f.getString("basis"),
                    toFigures(f.get("values", Document.class)), history.get(history.size() - 1).getString("source"),
                    history.size() - 1));
        }
        all.sort(Comparator.comparing(FigureSummary::key));
        return all;
    }

    @QueryHandler
    List<String> handle(FindExistingPeriods query) {
        Set<String> ids = new LinkedHashSet<>(query.periodIds().stream().map(StatisticsPeriodId::value).toList());
        List<String> existing = new ArrayList<>();
        for (Document d : periods.find(Filters.in("_id", ids)).projection(new Document("_id", 1))) {
            existing.add(d.getString("_id"));
        }
        return existing;
    }
}
