package org.advocacyledger.campaign.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.campaign.api.CampaignCoordinatorAppointed;
import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.campaign.api.CampaignMembership;
import org.advocacyledger.campaign.api.CampaignPartnerInvited;
import org.advocacyledger.campaign.api.CampaignPartnerRemoved;
import org.advocacyledger.campaign.api.GetCampaignMembership;
import org.advocacyledger.campaign.api.ListVisibleCampaignIds;
import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.shared.projection.MongoProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The campaign list: one document per campaign, keyed by its id.
 *
 * <p>Every request that reads or records in a campaign checks its membership, so memberships are also held in a
 * bounded cache (decision 21). Each handler evicts its campaign's entry after writing the document; the eviction
 * waits for a look-up of the same campaign that is filling the entry, so a membership read before a change
 * cannot outlive it. Unknown campaigns are not cached. This assumes the single application process the product
 * is deployed as (decision 16).
 */
@Component
@ProcessingGroup("campaigns")
class CampaignProjection extends MongoProjection {

    static final String COLLECTION = "campaigns";

    private final MongoCollection<Document> campaigns;
    private final Cache<String, CampaignMembership> memberships = Caffeine.newBuilder().maximumSize(10_000).build();

    CampaignProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase db) {
        super(db);
        this.campaigns = db.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public CampaignProjection on(MongoDatabase other) {
        return new CampaignProjection(other);
    }

    @EventHandler
    void on(CampaignLaunched event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        insertOnce(campaigns, new Document("_id", event.campaignId().value())
                .append("name", event.name())
                .append("countries", event.countries())
                .append("issues", event.issues())
                .append("goal", event.goal())
                .append("launchedAt", Date.from(at))
                .append("launchedBy", userId)
                .append("coordinator", null)
                .append("partners", List.of())
                .append(VERSION, sequence));
        memberships.invalidate(event.campaignId().value());
    }

    @EventHandler
    void on(CampaignCoordinatorAppointed event, @SequenceNumber long sequence) {
        apply(event.campaignId().value(), sequence, Updates.set("coordinator", event.organisation()));
    }

    @EventHandler
    void on(CampaignPartnerInvited event, @SequenceNumber long sequence) {
        apply(event.campaignId().value(), sequence, Updates.addToSet("partners", event.organisation()));
    }

    @EventHandler
    void on(CampaignPartnerRemoved event, @SequenceNumber long sequence) {
        apply(event.campaignId().value(), sequence, Updates.pull("partners", event.organisation()));
    }

    private void apply(String id, long sequence, org.bson.conversions.Bson update) {
        try {
            if (applyInOrder(campaigns, id, sequence, update) == Applied.GAP) {
                throw new IllegalStateException("Campaign " + id + " misses events before #" + sequence + "; it will be repaired from the event store");
            }
        } finally {
            memberships.invalidate(id);
        }
    }

    @QueryHandler
    CampaignMembership handle(GetCampaignMembership query) {
        return memberships.get(query.campaignId(), id -> {
            Document d = campaigns.find(Filters.eq("_id", id)).first();
            return d == null ? null : toSummary(d).membership();
        });
    }

    @QueryHandler
    List<String> handle(ListVisibleCampaignIds query) {
        List<String> ids = new ArrayList<>();
        for (Document d : campaigns.find()) {
            if (toSummary(d).membership().visibleTo(query.organisation(), false)) {
                ids.add(d.getString("_id"));
            }
        }
        return ids;
    }

    @QueryHandler
    List<CampaignSummary> handle(ListCampaigns query) {
        List<CampaignSummary> all = new ArrayList<>();
        for (Document d : campaigns.find()) {
            all.add(toSummary(d));
        }
        all.sort(Comparator.comparing(CampaignSummary::launchedAt).reversed().thenComparing(CampaignSummary::id));
        return all;
    }

    @QueryHandler
    CampaignSummary handle(FindCampaign query) {
        Document d = campaigns.find(Filters.eq("_id", query.campaignId().value())).first();
        return d == null ? null : toSummary(d);
    }

    private static CampaignSummary toSummary(Document d) {
        return new CampaignSummary(
                d.getString("_id"),
                d.getString("name"),
                d.getList("countries", String.class),
                d.getList("issues", String.class),
                d.getString("goal"),
                d.getDate("launchedAt").toInstant(),
                d.getString("launchedBy"),
                d.get(VERSION, Number.class).longValue(),
                d.getString("coordinator"),
                d.getList("partners", String.class, List.of()));
    }
}
