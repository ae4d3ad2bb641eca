package org.advocacyledger.shared.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import org.advocacyledger.shared.TestMongo;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journal's markers: written before the events, removed in the background once their unit of work committed. */
class ProjectionJournalTest {

    final TestMongo mongo = new TestMongo();
    final List<String> rolledBack = new ArrayList<>();
    final AtomicInteger flushes = new AtomicInteger();
    /** Background removal effectively off, so that the test decides when markers are removed. */
    final ProjectionJournal journal = new ProjectionJournal(mongo.db, rolledBack::add, flushes::incrementAndGet, 3_600_000);
    final MongoCollection<Document> pending = mongo.db.getCollection(ProjectionJournal.COLLECTION);

    @AfterEach
    void close() {
        journal.close();
        mongo.close();
    }

    @Test
    void aCommittedUnitOfWorksMarkerIsRemovedByTheNextRemoval() {
        UnitOfWork<?> unitOfWork = publish("a-1", 0);
        assertThat(pending.find(new Document("_id", "a-1")).first()).as("written before the events").isNotNull();

        unitOfWork.commit();
        assertThat(flushes).as("the unit of work's writes are made durable once").hasValue(1);
        assertThat(pending.countDocuments()).as("removed later, not by the committing thread").isEqualTo(1);

        assertThat(journal.removeCommitted()).isEqualTo(1);
        assertThat(pending.countDocuments()).isZero();
    }

    @Test
    void aMarkerRewrittenByALaterUnitOfWorkOutlivesTheEarlierOnesRemoval() {
        publish("a-1", 0).commit();
        UnitOfWork<?> later = publish("a-1", 1); // still open: its events may not be projected yet

        journal.removeCommitted();
        assertThat(pending.find(new Document("_id", "a-1")).first()).as("the later unit of work's marker").isNotNull();

        later.commit();
        journal.removeCommitted();
        assertThat(pending.countDocuments()).isZero();
    }

    @Test
    void manyMarkersAreRemovedTogetherAndARolledBackOneStaysForRepair() {
        for (int i = 0; i < 2_500; i++) {
            publish("a-" + i, 0).commit();
        }
        UnitOfWork<?> failed = publish("failed", 0);
        failed.rollback();

        assertThat(journal.removeCommitted()).isEqualTo(2_500);
        assertThat(pending.find().map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("failed");
        assertThat(rolledBack).containsExactly("failed");
    }

    @Test
    void closingRemovesWhatIsQueued() {
        publish("a-1", 0).commit();
        journal.close();
        assertThat(pending.countDocuments()).isZero();
    }

    private UnitOfWork<?> publish(String aggregateId, long sequence) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        journal.handle(List.of(new GenericDomainEventMessage<>("Campaign", aggregateId, sequence, "payload")));
        return unitOfWork;
    }
}
