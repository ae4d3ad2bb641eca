package org.advocacyledger.campaign.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignCoordinatorAppointed;
import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.campaign.api.CampaignMembership;
import org.advocacyledger.campaign.api.CampaignPartnerInvited;
import org.advocacyledger.campaign.api.CampaignPartnerRemoved;
import org.advocacyledger.campaign.api.GetCampaignMembership;
import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.support.InMemoryMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignProjectionTest {

    private InMemoryMongo mongo;
    private MongoDatabase db;
    private CampaignProjection projection;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        db = mongo.database("projection-test");
        projection = new CampaignProjection(db);
        handler = new AnnotationEventHandlerAdapter(projection);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void listsLaunchedCampaignsNewestFirstWithWhoLaunchedThem() throws Exception {
        deliver(launched("a", "Older"), Instant.parse("2026-01-01T00:00:00Z"), "alice");
        deliver(launched("b", "Newer"), Instant.parse("2026-02-01T00:00:00Z"), "bob");

        List<CampaignSummary> all = projection.handle(new ListCampaigns());

        assertThat(all).extracting(CampaignSummary::name).containsExactly("Newer", "Older");
        CampaignSummary newer = all.get(0);
        assertThat(newer.launchedBy()).isEqualTo("bob");
        assertThat(newer.launchedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(newer.countries()).containsExactly("JPN", "KOR");
        assertThat(newer.version()).isZero();
    }

    @Test
    void secondDeliveryOfTheSameEventChangesNothing() throws Exception {
        GenericDomainEventMessage<CampaignLaunched> event = message(launched("a", "Once"), Instant.parse("2026-01-01T00:00:00Z"), "alice");
        handler.handle(event);
        Document before = db.getCollection(CampaignProjection.COLLECTION).find().first();

        handler.handle(event);

        assertThat(db.getCollection(CampaignProjection.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(db.getCollection(CampaignProjection.COLLECTION).find().first()).isEqualTo(before);
    }

    @Test
    void findsOneCampaignOrNothing() throws Exception {
        deliver(launched("a", "Found"), Instant.now(), "alice");

        assertThat(projection.handle(new FindCampaign(new CampaignId("a"))).name()).isEqualTo("Found");
        assertThat(projection.handle(new FindCampaign(new CampaignId("missing")))).isNull();
    }

    @Test
    void aCopyOverAnotherDatabaseWritesThereOnly() throws Exception {
        MongoDatabase other = mongo.database("other");
        new AnnotationEventHandlerAdapter(projection.on(other)).handle(message(launched("a", "Elsewhere"), Instant.now(), "alice"));

        assertThat(other.getCollection(CampaignProjection.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(db.getCollection(CampaignProjection.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void membershipAnswersFollowEveryChangeOfTheCampaign() throws Exception {
        assertThat(projection.handle(new GetCampaignMembership("a"))).as("not launched yet").isNull();
        deliver(launched("a", "Members"), Instant.now(), "alice");
        assertThat(projection.handle(new GetCampaignMembership("a"))).as("an unknown campaign is not remembered as unknown")
                .isEqualTo(new CampaignMembership("a", null, List.of()));
        assertThat(projection.handle(new GetCampaignMembership("a"))).isEqualTo(new CampaignMembership("a", null, List.of()));

        handler.handle(next(new CampaignCoordinatorAppointed(new CampaignId("a"), "JAR"), 1));
        assertThat(projection.handle(new GetCampaignMembership("a"))).isEqualTo(new CampaignMembership("a", "JAR", List.of()));
        handler.handle(next(new CampaignPartnerInvited(new CampaignId("a"), "NANMIN"), 2));
        assertThat(projection.handle(new GetCampaignMembership("a")).partners()).containsExactly("NANMIN");
        handler.handle(next(new CampaignPartnerRemoved(new CampaignId("a"), "NANMIN"), 3));
        assertThat(projection.handle(new GetCampaignMembership("a")).partners()).as("a removed partner loses access at once")
                .isEmpty();
    }

    private static GenericDomainEventMessage<Object> next(Object event, long sequence) {
        return new GenericDomainEventMessage<>("Campaign", "a", sequence, event);
    }

    private static CampaignLaunched launched(String id, String name) {
        return new CampaignLaunched(new CampaignId(id), name, List.of("JPN", "KOR"), List.of("Syrian asylum-seekers in Japan"), "goal");
    }

    private void deliver(CampaignLaunched event, Instant at, String user) throws Exception {
        handler.handle(message(event, at, user));
    }

    private static GenericDomainEventMessage<CampaignLaunched> message(CampaignLaunched event, Instant at, String user) {
        return new GenericDomainEventMessage<>("Campaign", event.campaignId().value(), 0, event,
                MetaData.from(Map.of("userId", user)), java.util.UUID.randomUUID().toString(), at);
    }
}
