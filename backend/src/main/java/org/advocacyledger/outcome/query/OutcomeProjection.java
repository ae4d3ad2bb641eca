package org.advocacyledger.outcome.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.outcome.api.FindOutcome;
import org.advocacyledger.outcome.api.ListOutcomes;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeCorrected;
import org.advocacyledger.outcome.api.OutcomeDetails;
import org.advocacyledger.outcome.api.OutcomeKind;
import org.advocacyledger.outcome.api.OutcomePage;
import org.advocacyledger.outcome.api.OutcomeRecorded;
import org.advocacyledger.outcome.api.OutcomeRetracted;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.projection.Documents;
import org.advocacyledger.shared.projection.PageInTwoReads;
import org.advocacyledger.shared.projection.MongoProjection;
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

/** The outcome list and details: one document per outcome, keyed by its id. */
@Component
@ProcessingGroup("outcomes")
class OutcomeProjection extends MongoProjection {

    static final String COLLECTION = "outcomes";

    private final MongoCollection<Document> outcomes;

    OutcomeProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.outcomes = ledgerDatabase.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public OutcomeProjection on(MongoDatabase other) {
        return new OutcomeProjection(other);
    }

    /** Where an outcome stands in time: the end of a measurement's period, or the date of the change. */
    static PartialDate dateOf(Measurement measurement, PracticeChange practiceChange) {
        return measurement != null ? measurement.period().to() : PartialDate.orUnknown(practiceChange.date());
    }

    private static Document facts(String country, Measurement m, PracticeChange p) {
        PartialDate date = dateOf(m, p);
        return new Document("country", country)
                .append("kind", (m != null ? OutcomeKind.MEASURED : OutcomeKind.PRACTICE_CHANGE).name())
                .append("metric", m == null ? null : m.metric().name())
                .append("measurement", Documents.value(m))
                .append("practiceChange", Documents.value(p))
                .append("date", date.value())
                .append("datePrecision", date.precision().name())
                .append("sortKey", date.sortKey());
    }

    @EventHandler
    void on(OutcomeRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document doc = new Document("_id", event.outcomeId().value()).append("campaignId", event.campaignId().value());
        facts(event.country(), event.measurement(), event.practiceChange()).forEach(doc::append);
        insertOnce(outcomes, doc.append("retracted", false)
                .append("retractionReason", null)
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId)
                .append("changedAt", Documents.instant(at))
                .append("changedBy", userId)
                .append(VERSION, sequence));
    }

    @EventHandler
    void on(OutcomeCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        List<Bson> sets = new ArrayList<>();
        facts(event.country(), event.measurement(), event.practiceChange()).forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(Updates.set("changedAt", Documents.instant(at)));
        sets.add(Updates.set("changedBy", userId));
        require(applyInOrder(outcomes, event.outcomeId().value(), sequence, Updates.combine(sets)), event.outcomeId().value());
    }

    @EventHandler
    void on(OutcomeRetracted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        require(applyInOrder(outcomes, event.outcomeId().value(), sequence, Updates.combine(
                Updates.set("retracted", true),
                Updates.set("retractionReason", event.reason()),
                Updates.set("changedAt", Documents.instant(at)),
                Updates.set("changedBy", userId))), event.outcomeId().value());
    }

    private static void require(Applied applied, String id) {
        if (applied == Applied.GAP) {
            throw new IllegalStateException("The outcomes read model misses earlier events of outcome " + id);
        }
    }

    @QueryHandler
    OutcomeDetails handle(FindOutcome query) {
        return Documents.read(outcomes.find(Filters.eq("_id", query.outcomeId().value())).first(), OutcomeDetails.class);
    }

    @QueryHandler
    OutcomePage handle(ListOutcomes query) {
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
        if (query.kind() != null) {
            filters.add(Filters.eq("kind", query.kind().name()));
        }
        if (query.metric() != null) {
            filters.add(Filters.eq("metric", query.metric().name()));
        }
        // in the store's order, without the store holding every selected record to sort them (decision 23)
        Page<OutcomeDetails> page = PageInTwoReads.sorted(outcomes, Filters.and(filters), List.of("sortKey", "_id"), query.page(), query.size(),
                d -> Documents.read(d, OutcomeDetails.class));
        return new OutcomePage(page.items(), page.page(), page.size(), page.total());
    }
}
