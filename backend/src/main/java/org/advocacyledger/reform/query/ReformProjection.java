package org.advocacyledger.reform.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.reform.api.FindLegalReform;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.ListLegalReforms;
import org.advocacyledger.reform.api.ReformDetails;
import org.advocacyledger.reform.api.ReformPage;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.ReformStageRecorded;
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

/** The reform list and details: one document per reform with its stages, keyed by its id. */
@Component
@ProcessingGroup("reforms")
class ReformProjection extends MongoProjection {

    static final String COLLECTION = "reforms";

    private final MongoCollection<Document> reforms;

    ReformProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.reforms = ledgerDatabase.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public ReformProjection on(MongoDatabase other) {
        return new ReformProjection(other);
    }

    @EventHandler
    void on(LegalReformRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        insertOnce(reforms, new Document("_id", event.reformId().value())
                .append("campaignId", event.campaignId().value())
                .append("country", event.country())
                .append("instrument", event.instrument())
                .append("kind", Documents.value(event.kind()))
                .append("summary", event.summary())
                .append("citation", event.citation())
                .append("description", event.description())
                .append("direction", Documents.value(event.direction()))
                .append("stage", null)
                .append("stageDate", null)
                .append("sortKey", PartialDate.UNKNOWN.sortKey())
                .append("stages", List.of())
                .append("retracted", false)
                .append("retractionReason", null)
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId)
                .append("changedAt", Documents.instant(at))
                .append("changedBy", userId)
                .append(VERSION, sequence));
    }

    @EventHandler
    void on(ReformStageRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document stage = new Document("stage", event.stage().name())
                .append("date", event.date().value())
                .append("datePrecision", event.date().precision().name())
                .append("planned", event.planned())
                .append("comment", event.comment())
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId)
                .append("version", sequence);
        List<Bson> updates = new ArrayList<>(List.of(Updates.push("stages", stage),
                Updates.set("changedAt", Documents.instant(at)), Updates.set("changedBy", userId)));
        if (!event.planned()) {
            updates.add(Updates.set("stage", event.stage().name()));
            updates.add(Updates.set("stageDate", event.date().value()));
            updates.add(Updates.set("sortKey", event.date().sortKey()));
        }
        require(applyInOrder(reforms, event.reformId().value(), sequence, Updates.combine(updates)), event.reformId().value());
    }

    @EventHandler
    void on(ReformStageCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document current = reforms.find(Filters.eq("_id", event.reformId().value())).first();
        if (current == null || current.get(VERSION, Number.class).longValue() != sequence - 1) {
            if (current != null && current.get(VERSION, Number.class).longValue() >= sequence) {
                return; // a repeated delivery
            }
            require(Applied.GAP, event.reformId().value());
        }
        List<Document> stages = new ArrayList<>();
        Document latestActual = null;
        for (Document stage : current.getList("stages", Document.class)) {
            Document copy = new Document(stage);
            if (copy.get("version", Number.class).longValue() == event.stageVersion()) {
                copy.put("date", event.date().value());
                copy.put("datePrecision", event.date().precision().name());
                copy.put("comment", event.comment());
            }
            if (!copy.getBoolean("planned", false)) {
                latestActual = copy;
            }
            stages.add(copy);
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("stages", stages),
                Updates.set("changedAt", Documents.instant(at)), Updates.set("changedBy", userId)));
        if (latestActual != null) {
            PartialDate date = PartialDate.parse(latestActual.getString("date"));
            updates.add(Updates.set("stageDate", date.value()));
            updates.add(Updates.set("sortKey", date.sortKey()));
        }
        require(applyInOrder(reforms, event.reformId().value(), sequence, Updates.combine(updates)), event.reformId().value());
    }

    @EventHandler
    void on(LegalReformCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        require(applyInOrder(reforms, event.reformId().value(), sequence, Updates.combine(
                Updates.set("country", event.country()),
                Updates.set("instrument", event.instrument()),
                Updates.set("kind", Documents.value(event.kind())),
                Updates.set("summary", event.summary()),
                Updates.set("citation", event.citation()),
                Updates.set("description", event.description()),
                Updates.set("direction", Documents.value(event.direction())),
                Updates.set("changedAt", Documents.instant(at)),
                Updates.set("changedBy", userId))), event.reformId().value());
    }

    @EventHandler
    void on(LegalReformRetracted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        require(applyInOrder(reforms, event.reformId().value(), sequence, Updates.combine(
                Updates.set("retracted", true),
                Updates.set("retractionReason", event.reason()),
                Updates.set("changedAt", Documents.instant(at)),
                Updates.set("changedBy", userId))), event.reformId().value());
    }

    private static void require(Applied applied, String id) {
        if (applied == Applied.GAP) {
            throw new IllegalStateException("The reforms read model misses earlier events of reform " + id);
        }
    }

    @QueryHandler
    ReformDetails handle(FindLegalReform query) {
        Document d = reforms.find(Filters.eq("_id", query.reformId().value())).first();
        return d == null ? null : Documents.read(d, ReformDetails.class);
    }

    @QueryHandler
    ReformPage handle(ListLegalReforms query) {
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
        if (query.stage() != null) {
            filters.add(Filters.eq("stage", query.stage().name()));
        }
        if (query.direction() != null) {
            filters.add(Filters.eq("direction", query.direction().name()));
        }
        // in the store's order, without the store holding every selected record to sort them (decision 23)
        Page<ReformDetails> page = PageInTwoReads.sorted(reforms, Filters.and(filters), List.of("sortKey", "_id"), query.page(), query.size(),
                d -> Documents.read(d, ReformDetails.class));
        return new ReformPage(page.items(), page.page(), page.size(), page.total());
    }
}
