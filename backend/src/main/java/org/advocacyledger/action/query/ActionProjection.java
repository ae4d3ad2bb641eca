package org.advocacyledger.action.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.action.api.ActionDetails;
import org.advocacyledger.action.api.ActionPage;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.FindAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.ListAdvocacyActions;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PageCollector;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.projection.Documents;
import org.advocacyledger.shared.projection.CampaignIndex;
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

/** The action list and details: one document per action, keyed by its id, retracted ones kept (flagged). */
@Component
@ProcessingGroup("actions")
class ActionProjection extends MongoProjection {

    static final String COLLECTION = "actions";

    private final MongoCollection<Document> actions;
    private final CampaignIndex byCampaign;

    ActionProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.actions = ledgerDatabase.getCollection(COLLECTION);
        this.byCampaign = new CampaignIndex(ledgerDatabase, COLLECTION + "_by_campaign");
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION, byCampaign.collection());
    }

    @Override
    public ActionProjection on(MongoDatabase other) {
        return new ActionProjection(other);
    }

    @EventHandler
    void on(AdvocacyActionLogged event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document doc = new Document("_id", event.actionId().value())
                .append("campaignId", event.campaignId().value());
        facts(event.country(), event.issue(), event.actor(), event.actionType(), event.framings(), event.legalBases(),
                event.target(), event.date(), event.description(), event.notes(), event.evidence())
                .forEach(doc::append);
        doc.append("retracted", false)
                .append("retractionReason", null)
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId)
                .append("changedAt", Documents.instant(at))
                .append("changedBy", userId)
                .append(VERSION, sequence);
        insertOnce(actions, doc);
        byCampaign.add(event.campaignId().value(), event.actionId().value());
    }

    @EventHandler
    void on(AdvocacyActionCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        List<Bson> sets = new ArrayList<>();
        facts(event.country(), event.issue(), event.actor(), event.actionType(), event.framings(), event.legalBases(),
                event.target(), event.date(), event.description(), event.notes(), event.evidence())
                .forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(Updates.set("changedAt", Documents.instant(at)));
        sets.add(Updates.set("changedBy", userId));
        require(applyInOrder(actions, event.actionId().value(), sequence, Updates.combine(sets)), event.actionId().value());
    }

    @EventHandler
    void on(AdvocacyActionRetracted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        require(applyInOrder(actions, event.actionId().value(), sequence, Updates.combine(
                Updates.set("retracted", true),
                Updates.set("retractionReason", event.reason()),
                Updates.set("changedAt", Documents.instant(at)),
                Updates.set("changedBy", userId))), event.actionId().value());
    }

    private static Document facts(String country, String issue, String actor, Object actionType, List<Framing> framings,
                                  List<?> legalBases, Object target, PartialDate date, String description, String notes,
                                  List<String> evidence) {
        PartialDate known = PartialDate.orUnknown(date);
        return new Document("country", country)
                .append("issue", issue)
                .append("actor", actor)
                .append("actionType", Documents.value(actionType))
                .append("framings", Documents.values(framings))
                .append("framingCodes", framings.stream().flatMap(f -> f.codes().stream()).distinct().toList())
                .append("legalBases", Documents.values(legalBases))
                .append("target", Documents.value(target))
                .append("date", known.value())
                .append("datePrecision", known.precision().name())
                .append("sortKey", known.sortKey())
                .append("description", description)
                .append("notes", notes)
                .append("evidence", evidence);
    }

    private static void require(Applied applied, String id) {
        if (applied == Applied.GAP) {
            throw new IllegalStateException("The actions read model misses earlier events of action " + id);
        }
    }

    @QueryHandler
    ActionDetails handle(FindAdvocacyAction query) {
        Document d = actions.find(Filters.eq("_id", query.actionId().value())).first();
        return d == null ? null : Documents.read(d, ActionDetails.class);
    }

    /** What orders and filters the list: the rest of an action's document is read for the page's actions only. */
    private static final Bson LIGHT = com.mongodb.client.model.Projections.include("_id", "sortKey", VERSION, "retracted",
            "campaignId", "country", "issue", "framingCodes");

    @QueryHandler
    ActionPage handle(ListAdvocacyActions query) {
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
        // the page is found on what orders and filters the records, keeping only the records up to the page's end
        // while they stream past, then its records are read whole (decision 23)
        Bson filter = Filters.and(filters);
        Page<ActionDetails> page = PageInTwoReads.find(actions, LIGHT, projection -> {
            PageCollector<Document> found = new PageCollector<>(java.util.Comparator.comparing((Document d) -> d.getString("sortKey"))
                    .thenComparing(d -> d.getString("_id")), query.page(), query.size());
            byCampaign.forEach(actions, query.campaignId(), query.campaignScope(), filter, projection,
                    d -> !d.getBoolean("retracted", false) && CampaignIndex.matches(d, "country", query.country())
                            && CampaignIndex.matches(d, "issue", query.issue())
                            && CampaignIndex.contains(d, "framingCodes", query.framing()), found);
            return found.page();
        }, d -> d, (light, record) -> Documents.read(record, ActionDetails.class));
        return new ActionPage(page.items(), page.page(), page.size(), page.total());
    }
}
