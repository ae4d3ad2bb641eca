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
import org.advocacyledger.shared.projection.ById;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Two documents per country of asylum and year, both with {@code _id} "KOR|2015": in {@code statistics_periods}
 * the current values of every figure of that period (compact: figure key to an array of counts, for the rates),
 * in {@code statistics_history} every value each figure has had, with its source. The embedded store has no
 * secondary indexes, so every query is answered by {@code _id} look-ups and filtered and summed in memory.
 */
@Component
@ProcessingGroup("statistics")
class StatisticsProjection extends MongoProjection {

    static final String COLLECTION = "statistics_periods";
    static final String HISTORY_COLLECTION = "statistics_history";
    static final String FIGURES = "figures";

    private final MongoCollection<Document> periods;
    private final MongoCollection<Document> histories;

    StatisticsProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.periods = ledgerDatabase.getCollection(COLLECTION);
        this.histories = ledgerDatabase.getCollection(HISTORY_COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION, HISTORY_COLLECTION);
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
            Document values = new Document();
            Document history = new Document();
            for (FigureChange change : event.figures()) {
                values.append(change.key(), toArray(change.current()));
                history.append(change.key(), new ArrayList<>(List.of(entry(event, at, userId, change))));
            }
            insertOnce(periods, new Document("_id", id).append(FIGURES, values).append(VERSION, sequence));
            insertOnce(histories, new Document("_id", id).append(FIGURES, history).append(VERSION, sequence));
            return;
        }
        List<Bson> values = new ArrayList<>();
        List<Bson> history = new ArrayList<>();
        for (FigureChange change : event.figures()) {
            String path = FIGURES + "." + change.key();
            values.add(Updates.set(path, toArray(change.current())));
            Document entry = entry(event, at, userId, change);
            history.add(change.previous() == null ? Updates.set(path, new ArrayList<>(List.of(entry))) : Updates.push(path, entry));
        }
        applyNext(periods, id, sequence, Updates.combine(values));
        applyNext(histories, id, sequence, Updates.combine(history));
    }

    /** Applies {@code update} in order (see {@link MongoProjection#applyInOrder}); a gap fails the projection (repair follows). */
    private static void applyNext(MongoCollection<Document> collection, String id, long sequence, Bson update) {
        if (applyInOrder(collection, id, sequence, update) == Applied.GAP) {
            throw new IllegalStateException("statistics period " + id + " in " + collection.getNamespace().getCollectionName()
                    + " misses events before " + sequence);
        }
    }

    private static Document entry(StatisticsBatchImported event, Instant at, String userId, FigureChange change) {
        return new Document("source", event.source())
                .append("importId", event.importId())
                .append("importedAt", Date.from(at))
                .append("importedBy", userId)
                .append("values", toArray(change.current()));
    }

    /** Stored compactly: decisions as [recognized, complementary, rejected, otherwise closed, total], applications as [applied]. */
    static List<Long> toArray(Figures f) {
        return f.applied() != null ? List.of(f.applied())
                : List.of(f.recognized(), f.complementaryProtection(), f.rejected(), f.otherwiseClosed(), f.totalDecisions());
    }

    static Figures toFigures(List<?> values) {
        long[] v = values.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
        return v.length == 1 ? Figures.applications(v[0]) : Figures.decisions(v[0], v[1], v[2], v[3], v[4]);
    }

    // ------------------------------------------------------------------------------------------ queries

    /**
     * The rates as the figures stood at the end of the as-of day (null or today: now). A past day is answered from
     * {@code statistics_history}: each figure's last value recorded before the day's end (the values are kept in the
     * order of the period's events, with the time of their event), which is what replaying the events recorded by
     * then gives, without scanning the event store (decision 23).
     */
    @QueryHandler
    List<ProtectionRate> handle(FindProtectionRates query) {
        Instant end = query.asOf() == null || !query.asOf().isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC)) ? null
                : query.asOf().plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        List<String> ids = new ArrayList<>();
        for (String country : new LinkedHashSet<>(query.countries())) {
            for (int year = query.from(); year <= query.to(); year++) {
                ids.add(StatisticsPeriodId.of(country, year).value());
            }
        }
        Map<String, Document> found = new HashMap<>();
        ById.forEach(end == null ? periods : histories, ids, d -> found.put(d.getString("_id"), d));
        List<ProtectionRate> rates = new ArrayList<>();
        for (String id : ids) {
            Document period = found.get(id);
            Document figures = period == null ? null
                    : end == null ? period.get(FIGURES, Document.class) : figuresBefore(period.get(FIGURES, Document.class), end);
            if (figures != null && !figures.isEmpty()) {
                rates.addAll(ratesOf(StatisticsPeriodId.of(id.substring(0, 3), Integer.parseInt(id.substring(4))), figures, query));
            }
        }
        return rates;
    }

    /** From a period's history: each figure's last value imported before {@code end} (figures imported later left out). */
    static Document figuresBefore(Document history, Instant end) {
        Document figures = new Document();
        Date before = Date.from(end);
        for (Map.Entry<String, Object> figure : history.entrySet()) {
            List<?> values = null;
            // in the order of the period's events, as a replay applies them: the last one recorded before the end counts
            for (Object e : (List<?>) figure.getValue()) {
                Document entry = (Document) e;
                if (entry.getDate("importedAt").before(before)) {
                    values = entry.getList("values", Number.class);
                }
            }
            if (values != null) {
                figures.append(figure.getKey(), values);
            }
        }
        return figures;
    }

    /** Sums the matching figures of one period, per basis (persons and cases are never added together). */
    static List<ProtectionRate> ratesOf(StatisticsPeriodId period, Document figures, FindProtectionRates query) {
        Map<String, Sum> byBasis = new TreeMap<>(Comparator.comparing((String b) -> b.equals("P") ? 0 : 1).thenComparing(b -> b));
        for (Map.Entry<String, Object> entry : figures.entrySet()) {
            // D|KOR|2015|SYR|G|FI|P or A|KOR|2015|SYR|G|N|NA|P: origin, authority, [application type,] stage, basis
            String[] key = entry.getKey().split("\\|");
            boolean decisions = key[0].equals(StatisticsFormat.DECISIONS.code());
            String stage = key[decisions ? 5 : 6];
            String basis = key[decisions ? 6 : 7];
            if (!matches(query.origin(), key[3]) || !matches(query.authority(), key[4])
                    || !matches(query.stage(), stage) || !matches(query.basis(), basis)) {
                continue;
            }
            byBasis.computeIfAbsent(basis, b -> new Sum()).add(decisions, (List<?>) entry.getValue());
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

        void add(boolean decision, List<?> values) {
            long[] v = new long[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) values.get(i)).longValue();
                if (v[i] == Figures.MASKED) {
                    masked++;
                }
            }
            if (decision) {
                decisions = true;
                recognized += v[0];
                complementary += v[1];
                rejected += v[2];
                closed += v[3];
                total += v[4];
            } else {
                applications = true;
                applied += v[0];
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
        Document period = histories.find(Filters.eq("_id", key.period().value())).first();
        List<Document> history = period == null ? null : period.get(FIGURES, Document.class).getList(key.value(), Document.class);
        if (history == null) {
            return null;
        }
        List<FigureHistory.Entry> entries = new ArrayList<>();
        Figures previous = null;
        for (Document e : history) {
            Figures values = toFigures(e.getList("values", Number.class));
            entries.add(new FigureHistory.Entry(e.getString("source"), e.getString("importId"),
                    e.getDate("importedAt").toInstant(), e.getString("importedBy"), previous, values));
            previous = values;
        }
        return new FigureHistory(key.value(), key.kind().name(), key.country(), key.year(), key.origin(), key.authority(),
                key.applicationType(), key.stage(), key.basis(), previous, entries);
    }

    @QueryHandler
    List<FigureSummary> handle(FindPeriodFigures query) {
        Document period = histories.find(Filters.eq("_id", query.periodId().value())).first();
        if (period == null) {
            return List.of();
        }
        List<FigureSummary> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : period.get(FIGURES, Document.class).entrySet()) {
            FigureKey key = FigureKey.parse(e.getKey());
            @SuppressWarnings("unchecked")
            List<Document> history = (List<Document>) e.getValue();
            Document last = history.get(history.size() - 1);
            all.add(new FigureSummary(e.getKey(), key.kind().name(), key.origin(), key.authority(), key.applicationType(),
                    key.stage(), key.basis(), toFigures(last.getList("values", Number.class)), last.getString("source"),
                    history.size() - 1));
        }
        all.sort(Comparator.comparing(FigureSummary::key));
        return all;
    }

    @QueryHandler
    List<String> handle(FindExistingPeriods query) {
        Set<String> ids = new LinkedHashSet<>(query.periodIds().stream().map(StatisticsPeriodId::value).toList());
        List<String> existing = new ArrayList<>();
        ById.forEach(periods, ids, new Document("_id", 1), d -> existing.add(d.getString("_id")));
        return existing;
    }
}
