package org.advocacyledger.contribution.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.contribution.api.ClaimDetails;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.Independence;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.contribution.api.FindContributionClaim;
import org.advocacyledger.contribution.api.ListContributionClaims;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClaimProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-02T23:59:59.999Z");
    static final ClaimId ID = new ClaimId("k1");

    private final TestMongo mongo = new TestMongo();
    private final ClaimProjection projection = new ClaimProjection(mongo.db);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private Document doc() {
        return mongo.db.getCollection(ClaimProjection.COLLECTION).find(Filters.eq("_id", ID.value())).first();
    }

    @Test
    void aSecondDeliveryChangesNothing() {
        var claimed = new ContributionClaimed(ID, new CampaignId("c1"), List.of("a1", "a2"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.SIGNIFICANT, "how", null, List.of());
        projection.on(claimed, 0, T0, "coord");
        Document first = doc();
        projection.on(claimed, 0, T0, "coord");
        assertThat(doc()).isEqualTo(first);
        ClaimDetails c = projection.handle(new FindContributionClaim(ID));
        assertThat(c.claimedOn()).isEqualTo(PartialDate.parse("2026-01-02"));
        assertThat(c.actionIds()).containsExactly("a1", "a2");
        assertThat(projection.handle(new ListContributionClaims(null, "a2", null, 0, 10)).total()).isEqualTo(1);
        assertThat(projection.handle(new ListContributionClaims(null, null, "r1", 0, 10)).total()).isEqualTo(1);

        var corrected = new ContributionClaimCorrected(ID, List.of("a1"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.MINOR, "how", null, List.of(), "less");
        projection.on(corrected, 1, T0, "coord");
        Document second = doc();
        projection.on(corrected, 1, T0, "coord");
        assertThat(doc()).isEqualTo(second);
        assertThat(projection.handle(new ListContributionClaims(null, "a2", null, 0, 10)).total()).isZero();

        var retracted = new ContributionClaimRetracted(ID, "x");
        projection.on(retracted, 2, T0, "coord");
        Document third = doc();
        projection.on(retracted, 2, T0, "coord");
        assertThat(doc()).isEqualTo(third);
        assertThat(projection.handle(new ListContributionClaims(null, null, null, 0, 10)).total()).isZero();
    }

    @Test
    void substantiationsAccumulateOnceEachAndTellSubstantiatedFromDisputed() {
        projection.on(new ContributionClaimed(ID, new CampaignId("c1"), List.of("a1"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.DECISIVE, "how", null, List.of()), 0, T0, "coord");
        var agrees = new ContributionClaimSubstantiated(ID, "s1", "Law professor", Independence.INDEPENDENT,
                Agreement.FULLY, Agreement.FULLY, Agreement.PARTLY, null);
        projection.on(agrees, 1, T0, "eva");
        projection.on(agrees, 1, T0, "eva");
        ClaimDetails once = projection.handle(new FindContributionClaim(ID));
        assertThat(once.substantiations()).hasSize(1);
        assertThat(once.substantiated()).isTrue();
        assertThat(once.disputed()).isFalse();
        assertThat(once.substantiations().get(0).recordedBy()).isEqualTo("eva");
        assertThat(once.substantiations().get(0).substantiatorName()).as("names are not in the read model").isNull();

        projection.on(new ContributionClaimSubstantiated(ID, "s2", "Official", Independence.CAMPAIGN_MEMBER,
                Agreement.FULLY, Agreement.PARTLY, Agreement.NOT, "other drivers"), 2, T0, "eva");
        ClaimDetails both = projection.handle(new FindContributionClaim(ID));
        assertThat(both.substantiations()).extracting(s -> s.id()).containsExactly("s1", "s2");
        assertThat(both.substantiated()).isTrue();
        assertThat(both.disputed()).isTrue();
    }
}
