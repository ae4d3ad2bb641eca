package org.advocacyledger.timeline.query;

import org.advocacyledger.timeline.api.GetTimeline;
import org.advocacyledger.timeline.api.TimelineEntryType;
import org.advocacyledger.timeline.api.TimelineEntry;
import org.advocacyledger.timeline.api.TimelinePage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeCorrected;
import org.advocacyledger.outcome.api.OutcomeKind;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeRecorded;
import org.advocacyledger.outcome.api.OutcomeRetracted;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PageCollector;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.projection.PageInTwoReads;
import org.advocacyledger.shared.projection.Documents;
import org.advocacyledger.shared.projection.AsOfCopies;
import org.advocacyledger.shared.projection.CampaignIndex;
import org.advocacyledger.shared.projection.MongoProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The timeline read model: one document per record (action, reform, outcome, claim), keyed by the record's
 * id, holding the fields every entry of the record shares ({@code fields}) and its dated entries
 * ({@code entries}: one for most records, one per stage for a reform). The query expands, filters and
 * sorts the entries (see {@link PartialDate#sortKey()}).
 *
 * <p>Each document depends on its own record's events only, so the verifier's per-aggregate replay
 * rebuilds it exactly.
 */
@Component
@ProcessingGroup("timeline")
class TimelineProjection extends MongoProjection {

    static final String COLLECTION = "timeline";

    private final MongoCollection<Document> timeline;
    private final CampaignIndex byCampaign;

    private final AsOfCopies asOfCopies;

    /**
     * The light copies (as {@link #LIGHT} selects) of each large campaign's records, as read after the
     * {@code writes}-th write to this read model: a partner paging through a campaign of thousands of records reads
     * them once, not once per page, until the next write to the timeline (any campaign's; a correction does not
     * name its campaign). Only campaigns of at least {@link #keepFromRecords} records are kept, at most
     * {@value #KEPT_RECORDS} records in all (decision 25).
     */
    private final com.github.benmanes.caffeine.cache.Cache<CampaignAfterWrites, List<Document>> largeCampaigns =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumWeight(KEPT_RECORDS)
                    .weigher((CampaignAfterWrites key, List<Document> records) -> records.size()).build();
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    static final int KEPT_RECORDS = 10_000;
    int keepFromRecords = 500;
    /** A campaign of more records is not kept (nor held while it is read). */
    int keepAtMostRecords = KEPT_RECORDS;

    private record CampaignAfterWrites(String campaignId, long writes) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    TimelineProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase, AsOfCopies asOfCopies) {
        super(ledgerDatabase);
        this.timeline = ledgerDatabase.getCollection(COLLECTION);
        this.byCampaign = new CampaignIndex(ledgerDatabase, COLLECTION + "_by_campaign");
        this.asOfCopies = asOfCopies;
    }

    TimelineProjection(MongoDatabase db) {
        this(db, null);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION, byCampaign.collection());
    }

    @Override
    public TimelineProjection on(MongoDatabase other) {
        return new TimelineProjection(other);
    }

    // ---- actions

    @EventHandler
    void on(AdvocacyActionLogged event, @SequenceNumber long sequence) {
        insertOnce(timeline, new Document("_id", event.actionId().value())
                .append("type", TimelineEntryType.ACTION.name())
                .append("campaignId", event.campaignId().value())
                .append("country", event.country())
                .append("issue", event.issue())
                .append("framingCodes", framingCodes(event.framings()))
                .append("retracted", false)
                .append("fields", actionFields(event.actor(), event.actionType(), event.framings(), event.legalBases(),
                        event.target(), event.description(), event.notes()))
                .append("entries", List.of(entry(event.date(), sequence)))
                .append(VERSION, sequence));
        byCampaign.add(event.campaignId().value(), event.actionId().value());
        changed();
    }

    @EventHandler
    void on(AdvocacyActionCorrected event, @SequenceNumber long sequence) {
        require(applyInOrder(timeline, event.actionId().value(), sequence, Updates.combine(
                Updates.set("country", event.country()),
                Updates.set("issue", event.issue()),
                Updates.set("framingCodes", framingCodes(event.framings())),
                Updates.set("fields", actionFields(event.actor(), event.actionType(), event.framings(),
                        event.legalBases(), event.target(), event.description(), event.notes())),
                Updates.set("entries", List.of(entry(event.date(), sequence))))), event.actionId().value());
    }

    @EventHandler
    void on(AdvocacyActionRetracted event, @SequenceNumber long sequence) {
        retract(event.actionId().value(), sequence);
    }

    private static Document actionFields(String actor, Object actionType, List<Framing> framings, List<?> legalBases,
                                         Object target, String description, String notes) {
        return new Document("title", actor)
                .append("summary", description)
                .append("actor", actor)
                .append("actionType", Documents.value(actionType))
                .append("framings", Documents.values(framings))
                .append("legalBases", Documents.values(legalBases))
                .append("target", Documents.value(target))
                .append("notes", notes);
    }

    private static List<String> framingCodes(List<Framing> framings) {
        return framings.stream().flatMap(f -> f.codes().stream()).distinct().toList();
    }

    // ---- reforms

    @EventHandler
    void on(LegalReformRecorded event, @SequenceNumber long sequence) {
        insertOnce(timeline, new Document("_id", event.reformId().value())
                .append("type", TimelineEntryType.REFORM_STAGE.name())
                .append("campaignId", event.campaignId().value())
                .append("country", event.country())
                .append("issue", null)
                .append("framingCodes", List.of())
                .append("retracted", false)
                .append("fields", reformFields(event.instrument(), event.kind(), event.summary(), event.direction()))
                .append("entries", List.of())
                .append(VERSION, sequence));
        byCampaign.add(event.campaignId().value(), event.reformId().value());
        changed();
    }

    @EventHandler
    void on(ReformStageRecorded event, @SequenceNumber long sequence) {
        Document entry = entry(event.date(), sequence)
                .append("stage", event.stage().name())
                .append("planned", event.planned())
                .append("comment", event.comment());
        require(applyInOrder(timeline, event.reformId().value(), sequence, Updates.push("entries", entry)),
                event.reformId().value());
    }

    @EventHandler
    void on(ReformStageCorrected event, @SequenceNumber long sequence) {
        String id = event.reformId().value();
        Document current = timeline.find(Filters.eq("_id", id)).first();
        if (current == null || current.get(VERSION, Number.class).longValue() != sequence - 1) {
            if (current != null && current.get(VERSION, Number.class).longValue() >= sequence) {
                return; // a repeated delivery
            }
            require(Applied.GAP, id);
        }
        List<Document> entries = new ArrayList<>();
        for (Document entry : current.getList("entries", Document.class)) {
            if (entry.get("sequence", Number.class).longValue() == event.stageVersion()) {
                Document corrected = entry(event.date(), event.stageVersion());
                corrected.append("stage", entry.get("stage")).append("planned", entry.get("planned"))
                        .append("comment", event.comment());
                entries.add(corrected);
            } else {
                entries.add(entry);
            }
        }
        require(applyInOrder(timeline, id, sequence, Updates.set("entries", entries)), id);
    }

    @EventHandler
    void on(LegalReformCorrected event, @SequenceNumber long sequence) {
        require(applyInOrder(timeline, event.reformId().value(), sequence, Updates.combine(
                Updates.set("country", event.country()),
                Updates.set("fields", reformFields(event.instrument(), event.kind(), event.summary(), event.direction())))),
                event.reformId().value());
    }

    @EventHandler
    void on(LegalReformRetracted event, @SequenceNumber long sequence) {
        retract(event.reformId().value(), sequence);
    }

    private static Document reformFields(String instrument, Object kind, String summary, Object direction) {
        return new Document("title", instrument)
                .append("summary", summary)
                .append("instrument", instrument)
                .append("reformKind", Documents.value(kind))
                .append("direction", Documents.value(direction));
    }

    // ---- outcomes

    @EventHandler
    void on(OutcomeRecorded event, @SequenceNumber long sequence) {
        insertOnce(timeline, new Document("_id", event.outcomeId().value())
                .append("type", TimelineEntryType.OUTCOME.name())
                .append("campaignId", event.campaignId().value())
                .append("country", event.country())
                .append("issue", null)
                .append("framingCodes", List.of())
                .append("retracted", false)
                .append("fields", outcomeFields(event.measurement(), event.practiceChange()))
                .append("entries", List.of(entry(outcomeDate(event.measurement(), event.practiceChange()), sequence)))
                .append(VERSION, sequence));
        byCampaign.add(event.campaignId().value(), event.outcomeId().value());
        changed();
    }

    @EventHandler
    void on(OutcomeCorrected event, @SequenceNumber long sequence) {
        require(applyInOrder(timeline, event.outcomeId().value(), sequence, Updates.combine(
                Updates.set("country", event.country()),
                Updates.set("fields", outcomeFields(event.measurement(), event.practiceChange())),
                Updates.set("entries", List.of(entry(outcomeDate(event.measurement(), event.practiceChange()), sequence))))),
                event.outcomeId().value());
    }

    @EventHandler
    void on(OutcomeRetracted event, @SequenceNumber long sequence) {
        retract(event.outcomeId().value(), sequence);
    }

    /** An outcome stands at the end of its measurement's period, or at the date of the change of practice. */
    static PartialDate outcomeDate(Measurement measurement, PracticeChange practiceChange) {
        return measurement != null ? measurement.period().to() : PartialDate.orUnknown(practiceChange.date());
    }

    private static Document outcomeFields(Measurement m, PracticeChange p) {
        if (m != null) {
            String metric = m.metric() == OutcomeMetric.OTHER ? m.otherMetric() : m.metric().name();
            return new Document("title", metric)
                    .append("summary", m.value() + " " + m.unit().name() + ", " + m.period().value() + " (" + m.source() + ")")
                    .append("outcomeKind", OutcomeKind.MEASURED.name())
                    .append("metric", metric)
                    .append("value", m.value())
                    .append("unit", m.unit().name())
                    .append("period", m.period().value());
        }
        return new Document("title", p.changedBy())
                .append("summary", p.change())
                .append("outcomeKind", OutcomeKind.PRACTICE_CHANGE.name())
                .append("actor", p.changedBy())
                .append("comment", p.significance());
    }

    // ---- contribution claims

    @EventHandler
    void on(ContributionClaimed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        insertOnce(timeline, new Document("_id", event.claimId().value())
                .append("type", TimelineEntryType.CONTRIBUTION_CLAIM.name())
                .append("campaignId", event.campaignId().value())
                .append("country", null)
                .append("issue", null)
                .append("framingCodes", List.of())
                .append("retracted", false)
                .append("fields", claimFields(event.actionIds(), event.targetType(), event.targetId(), event.strength(),
                        event.explanation()))
                .append("entries", List.of(entry(PartialDate.ofDay(at.atZone(ZoneOffset.UTC).toLocalDate()), sequence)))
                .append(VERSION, sequence));
        byCampaign.add(event.campaignId().value(), event.claimId().value());
        changed();
    }

    @EventHandler
    void on(ContributionClaimCorrected event, @SequenceNumber long sequence) {
        require(applyInOrder(timeline, event.claimId().value(), sequence, Updates.set("fields", claimFields(
                event.actionIds(), event.targetType(), event.targetId(), event.strength(), event.explanation()))),
                event.claimId().value());
    }

    @EventHandler
    void on(ContributionClaimRetracted event, @SequenceNumber long sequence) {
        retract(event.claimId().value(), sequence);
    }

    private static Document claimFields(List<String> actionIds, ClaimTargetType targetType, String targetId,
                                        ClaimStrength strength, String explanation) {
        return new Document("title", strength.name() + " contribution to a " + targetType.name().toLowerCase())
                .append("summary", explanation)
                .append("strength", strength.name())
                .append("actionIds", actionIds)
                .append("targetType", targetType.name())
                .append("targetId", targetId);
    }

    // ---- shared

    private void retract(String id, long sequence) {
        require(applyInOrder(timeline, id, sequence, Updates.set("retracted", true)), id);
    }

    static Document entry(PartialDate date, long sequence) {
        PartialDate known = PartialDate.orUnknown(date);
        return new Document("date", known.value())
                .append("datePrecision", known.precision().name())
                .append("sortKey", known.sortKey())
                .append("sequence", sequence);
    }

    /** After a record was written: a gap fails the event (it is repaired from the event store); else {@link #changed}. */
    void require(Applied applied, String id) {
        if (applied == Applied.GAP) {
            throw new IllegalStateException("The timeline misses earlier events of record " + id);
        }
        changed();
    }

    /**
     * Called after each write, once the record's document is written: the large campaigns' light copies read
     * before it are not used again.
     */
    private void changed() {
        writes.incrementAndGet();
        if (largeCampaigns.estimatedSize() > 0) {
            largeCampaigns.invalidateAll(); // not needed to be right (the count is part of the key): frees them now
        }
    }

    // ---- query

    @QueryHandler
    TimelinePage handle(GetTimeline query) {
        if (query.asOf() != null) {
            if (asOfCopies != null && query.asOf().isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
                return asOfCopies.asOf(this, query.asOf(), query.campaignId()).handle(query.today());
            }
            query = query.today();
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("retracted", false));
        if (query.campaignId() != null) {
            filters.add(Filters.eq("campaignId", query.campaignId()));
        }
        if (query.campaignScope() != null) {
            filters.add(Filters.in("campaignId", query.campaignScope()));
        }
        if (query.country() != null) {
            filters.add(Filters.eq("country", query.country()));
        }
        if (query.issue() != null) {
            filters.add(Filters.eq("issue", query.issue()));
        }
        if (query.framing() != null) {
            filters.add(Filters.eq("framingCodes", query.framing()));
        }
        PartialDate from = PartialDate.orUnknown(query.from());
        PartialDate to = PartialDate.orUnknown(query.to());
        GetTimeline q = query;
        Predicate<Document> keep = d -> !d.getBoolean("retracted", false) && CampaignIndex.matches(d, "country", q.country())
                && CampaignIndex.matches(d, "issue", q.issue()) && CampaignIndex.contains(d, "framingCodes", q.framing());
        Bson filter = Filters.and(filters);
        // the page is found on what orders and filters the records (not their texts, most of each document), then
        // its records are read whole
        Page<TimelineEntry> page = PageInTwoReads.find(timeline, LIGHT,
                projection -> findPage(q, filter, keep, from, to, projection), Sortable::record,
                (sortable, record) -> toEntry(record, sortable.entry()));
        return new TimelinePage(page.items(), page.page(), page.size(), page.total());
    }

    /**
     * The page's entries of the records that pass {@code keep}, in timeline order: only the entries up to the page's
     * end are kept while the records stream past (a whole large store's timeline does not fit in memory).
     */
    private Page<Sortable> findPage(GetTimeline query, Bson filter, Predicate<Document> keep, PartialDate from, PartialDate to,
                                    Bson projection) {
        PageCollector<Sortable> entries = new PageCollector<>(Comparator.comparing(Sortable::sortKey)
                .thenComparing(Sortable::recordId).thenComparingLong(Sortable::sequence), query.page(), query.size());
        java.util.function.Consumer<Document> collect = record -> {
            List<Document> recordEntries = record.getList("entries", Document.class);
            for (int i = 0; i < recordEntries.size(); i++) {
                Document entry = recordEntries.get(i);
                if (entry.getBoolean("planned", false) && i < recordEntries.size() - 1) {
                    continue; // a planned stage that a later stage confirmed or superseded
                }
                if (!inRange(PartialDate.parse(entry.getString("date")), from, to)) {
                    continue;
                }
                entries.accept(new Sortable(entry.getString("sortKey"), record.getString("_id"),
                        entry.get("sequence", Number.class).longValue(), record, entry));
            }
        };
        if (projection == LIGHT && query.campaignId() != null
                && (query.campaignScope() == null || query.campaignScope().contains(query.campaignId()))) {
            forEachLight(query.campaignId(), keep, collect);
        } else {
            byCampaign.forEach(timeline, query.campaignId(), query.campaignScope(), filter, projection, keep, collect);
        }
        Page<Sortable> page = entries.page();
        betweenReads.run();
        return page;
    }

    /**
     * Gives {@code consumer} the light copies of a campaign's records that pass {@code keep}: the kept ones if no
     * write came since they were read, else as they are read now (and then kept if the campaign is large, but not
     * larger than all that may be kept: a larger one streams past as before, never held at once). The count of
     * writes is taken before reading, and a write counts once its document is written, so copies read while a write
     * is under way are kept under the count before it and not used after it.
     */
    private void forEachLight(String campaignId, Predicate<Document> keep, java.util.function.Consumer<Document> consumer) {
        CampaignAfterWrites key = new CampaignAfterWrites(campaignId, writes.get());
        List<Document> kept = largeCampaigns.getIfPresent(key);
        if (kept != null) {
            kept.stream().filter(keep).forEach(consumer);
            return;
        }
        var toKeep = new java.util.concurrent.atomic.AtomicReference<List<Document>>(new ArrayList<>()); // null: too many
        byCampaign.forEach(timeline, campaignId, null, null, LIGHT, record -> true, record -> {
            List<Document> read = toKeep.get();
            if (read != null) {
                read.add(record);
                if (read.size() > keepAtMostRecords) {
                    toKeep.set(null);
                }
            }
            if (keep.test(record)) {
                consumer.accept(record);
            }
        });
        List<Document> read = toKeep.get();
        if (read != null && read.size() >= keepFromRecords) {
            largeCampaigns.put(key, java.util.Collections.unmodifiableList(read));
        }
    }

    /**
     * What orders and filters the timeline's records. An inclusion: the embedded store copies a whole document
     * (deeply) before it removes what an exclusion names, which cost more than sending the texts did.
     */
    private static final Bson LIGHT = Projections.include("_id", VERSION, "retracted", "country", "issue", "framingCodes",
            "entries");

    /** Runs between finding a page and reading its records whole: a test changes a record there. */
    Runnable betweenReads = () -> {
    };

    /** An entry of a record as read to find the page ({@code record}: without its texts, unless read whole). */
    private record Sortable(String sortKey, String recordId, long sequence, Document record, Document entry) {
    }

    static boolean inRange(PartialDate date, PartialDate from, PartialDate to) {
        if (from.isUnknown() && to.isUnknown()) {
            return true;
        }
        if (date.isUnknown()) {
            return false;
        }
        return (from.isUnknown() || !date.start().isBefore(from.start()))
                && (to.isUnknown() || !date.start().isAfter(to.end()));
    }

    private static TimelineEntry toEntry(Document record, Document entry) {
        Map<String, Object> fields = new LinkedHashMap<>(record.get("fields", Document.class));
        entry.forEach((k, v) -> {
            if (!k.equals("sortKey") && !k.equals("sequence")) {
                fields.put(k, v);
            }
        });
        fields.put("type", record.getString("type"));
        fields.put("recordId", record.getString("_id"));
        fields.put("campaignId", record.getString("campaignId"));
        fields.put("country", record.getString("country"));
        fields.put("issue", record.getString("issue"));
        fields.put("version", record.get(VERSION));
        return Documents.read(fields, TimelineEntry.class);
    }
}
