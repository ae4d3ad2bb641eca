package org.advocacyledger.contribution.query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.contribution.api.ClaimDetails;
import org.advocacyledger.contribution.api.ClaimPage;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.contribution.api.FindContributionClaim;
import org.advocacyledger.contribution.api.ListContributionClaims;
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

/** The claim list and details: one document per claim, keyed by its id. */
@Component
@ProcessingGroup("contributions")
class ClaimProjection extends MongoProjection {

    static final String COLLECTION = "contribution_claims";

    private final MongoCollection<Document> claims;

    ClaimProjection(@Qualifier("unitOfWorkDatabase") MongoDatabase ledgerDatabase) {
        super(ledgerDatabase);
        this.claims = ledgerDatabase.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public ClaimProjection on(MongoDatabase other) {
        return new ClaimProjection(other);
    }

    private static Document facts(List<String> actionIds, Object targetType, String targetId, Object strength,
                                  String explanation, String evidence, List<String> evidenceLinks) {
        return new Document("actionIds", actionIds)
                .append("targetType", Documents.value(targetType))
                .append("targetId", targetId)
                .append("strength", Documents.value(strength))
                .append("explanation", explanation)
                .append("evidence", evidence)
                .append("evidenceLinks", evidenceLinks);
    }

    @EventHandler
    void on(ContributionClaimed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document doc = new Document("_id", event.claimId().value()).append("campaignId", event.campaignId().value());
        facts(event.actionIds(), event.targetType(), event.targetId(), event.strength(), event.explanation(),
                event.evidence(), event.evidenceLinks()).forEach(doc::append);
        insertOnce(claims, doc.append("claimedOn", PartialDate.ofDay(at.atZone(ZoneOffset.UTC).toLocalDate()).value())
                .append("retracted", false)
                .append("retractionReason", null)
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId)
                .append("changedAt", Documents.instant(at))
                .append("changedBy", userId)
                .append("substantiations", List.of())
                .append(VERSION, sequence));
    }

    @EventHandler
    void on(ContributionClaimSubstantiated event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        Document substantiation = new Document("id", event.substantiationId())
                .append("substantiatorName", null)
                .append("substantiatorRole", event.substantiatorRole())
                .append("independence", Documents.value(event.independence()))
                .append("outcomeAgreement", Documents.value(event.outcomeAgreement()))
                .append("significanceAgreement", Documents.value(event.significanceAgreement()))
                .append("contributionAgreement", Documents.value(event.contributionAgreement()))
                .append("comments", event.comments())
                .append("recordedAt", Documents.instant(at))
                .append("recordedBy", userId);
        require(applyInOrder(claims, event.claimId().value(), sequence, Updates.push("substantiations", substantiation)),
                event.claimId().value());
    }

    @EventHandler
    void on(ContributionClaimCorrected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        List<Bson> sets = new ArrayList<>();
        facts(event.actionIds(), event.targetType(), event.targetId(), event.strength(), event.explanation(),
                event.evidence(), event.evidenceLinks()).forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(Updates.set("changedAt", Documents.instant(at)));
        sets.add(Updates.set("changedBy", userId));
        require(applyInOrder(claims, event.claimId().value(), sequence, Updates.combine(sets)), event.claimId().value());
    }

    @EventHandler
    void on(ContributionClaimRetracted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("userId") String userId) {
        require(applyInOrder(claims, event.claimId().value(), sequence, Updates.combine(
                Updates.set("retracted", true),
                Updates.set("retractionReason", event.reason()),
                Updates.set("changedAt", Documents.instant(at)),
                Updates.set("changedBy", userId))), event.claimId().value());
    }

    private static void require(Applied applied, String id) {
        if (applied == Applied.GAP) {
            throw new IllegalStateException("The claims read model misses earlier events of claim " + id);
        }
    }

    @QueryHandler
    ClaimDetails handle(FindContributionClaim query) {
        return Documents.read(claims.find(Filters.eq("_id", query.claimId().value())).first(), ClaimDetails.class);
    }

    @QueryHandler
    ClaimPage handle(ListContributionClaims query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("retracted", false));
        if (query.campaignId() != null) {
            filters.add(Filters.eq("campaignId", query.campaignId()));
        }
        if (query.campaignScope() != null) {
            filters.add(Filters.in("campaignId", query.campaignScope()));
        }
        if (query.actionId() != null) {
            filters.add(Filters.eq("actionIds", query.actionId()));
        }
        if (query.targetId() != null) {
            filters.add(Filters.eq("targetId", query.targetId()));
        }
        // in the store's order, without the store holding every selected record to sort them (decision 23)
        Page<ClaimDetails> page = PageInTwoReads.sorted(claims, Filters.and(filters), List.of("recordedAt", "_id"), query.page(), query.size(),
                d -> Documents.read(d, ClaimDetails.class));
        return new ClaimPage(page.items(), page.page(), page.size(), page.total());
    }
}
