package org.advocacyledger.contribution.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.advocacyledger.contribution.api.ClaimDetails;
import org.advocacyledger.contribution.api.Substantiation;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Substantiators' names: personal data, so kept outside the (permanent) event store, keyed by the
 * substantiation's id, and joined into claims when they are read. A name can be erased here without
 * touching any event.
 */
@Component
class SubstantiatorNames {

    private final MongoCollection<Document> names;

    SubstantiatorNames(MongoDatabase ledgerDatabase) {
        this.names = ledgerDatabase.getCollection("substantiator_names");
    }

    void put(String substantiationId, String name) {
        names.insertOne(new Document("_id", substantiationId).append("name", name));
    }

    void remove(String substantiationId) {
        names.deleteOne(Filters.eq("_id", substantiationId));
    }

    ClaimDetails withNames(ClaimDetails claim) {
        if (claim == null || claim.substantiations().isEmpty()) {
            return claim;
        }
        Map<String, String> byId = new HashMap<>();
        for (Substantiation s : claim.substantiations()) {
            Document d = names.find(Filters.eq("_id", s.id())).first();
            if (d != null) {
                byId.put(s.id(), d.getString("name"));
            }
        }
        List<Substantiation> named = claim.substantiations().stream()
                .map(s -> new Substantiation(s.id(), byId.get(s.id()), s.substantiatorRole(), s.independence(),
                        s.outcomeAgreement(), s.significanceAgreement(), s.contributionAgreement(), s.comments(),
                        s.recordedAt(), s.recordedBy()))
                .toList();
        return new ClaimDetails(claim.id(), claim.campaignId(), claim.actionIds(), claim.targetType(), claim.targetId(),
                claim.strength(), claim.explanation(), claim.evidence(), claim.evidenceLinks(), claim.claimedOn(),
                claim.retracted(), claim.retractionReason(), claim.recordedAt(), claim.recordedBy(), claim.changedAt(),
                claim.changedBy(), claim.version(), named);
    }
}
