package org.advocacyledger.shared.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacyledger.shared.RecordTypes.RecordInfo;
import org.advocacyledger.shared.TestMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command side's record look-ups, answered from memory once known, and never stale after a retraction. */
class RecordTypesTableTest {

    record ActionLogged(String id) {
    }

    record ActionRetracted(String id) {
    }

    final TestMongo mongo = new TestMongo();
    final RecordTypesTable table = new RecordTypesTable(mongo.db);
    final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(table);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aRecordIsFoundOnceCreatedAndNotLiveOnceRetracted() throws Exception {
        assertThat(table.find("a-1")).isEmpty();
        assertThat(table.isLive("a-1", "AdvocacyAction")).isFalse();

        handler.handle(new GenericDomainEventMessage<>("AdvocacyAction", "a-1", 0, new ActionLogged("a-1")));
        assertThat(table.find("a-1")).as("an unknown id is not remembered as unknown")
                .contains(new RecordInfo("AdvocacyAction", false));
        assertThat(table.isLive("a-1", "AdvocacyAction")).isTrue();
        assertThat(table.isLive("a-1", "Campaign")).isFalse();

        handler.handle(new GenericDomainEventMessage<>("AdvocacyAction", "a-1", 1, new ActionRetracted("a-1")));
        assertThat(table.find("a-1")).as("the retraction replaces what was known").contains(new RecordInfo("AdvocacyAction", true));
        assertThat(table.isLive("a-1", "AdvocacyAction")).isFalse();
    }

    @Test
    void aKnownRecordIsAnsweredWithoutAskingTheStoreAgain() throws Exception {
        handler.handle(new GenericDomainEventMessage<>("Campaign", "c-1", 0, new ActionLogged("c-1")));
        assertThat(table.isLive("c-1", "Campaign")).isTrue();

        mongo.db.getCollection(RecordTypesTable.COLLECTION).drop();

        assertThat(table.isLive("c-1", "Campaign")).as("answered from memory").isTrue();
        assertThat(table.find("c-2")).isEmpty();
    }
}
