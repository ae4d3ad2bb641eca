package org.advocacyledger.shared.projection;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

/**
 * Write-ahead journal of aggregates whose new events may not be projected yet. When a unit of work
 * publishes an aggregate's first event (before the events are appended), a marker is written; after the
 * unit of work commits (events appended and every subscribing projection applied) the marker is removed.
 * A marker that survives means the process died, or a projection failed, between the append and the
 * read-model write: {@link ProjectionRepair} replays that aggregate from the event store.
 */
public final class ProjectionJournal implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String COLLECTION = "projection_pending";
    private static final String RESOURCE = ProjectionJournal.class.getName() + ".marked";

    private final MongoCollection<Document> pending;
    private static final String FLUSH_RESOURCE = ProjectionJournal.class.getName() + ".flush";

    private final Consumer<String> onRollback;
    private final Runnable flush;

    /**
     * @param db         the unit-of-work database (its writes are made durable by {@code flush})
     * @param onRollback called with an aggregate id whose unit of work rolled back (schedule a repair)
     * @param flush      makes the unit of work's writes durable; runs once after it committed, before the
     *                   command is acknowledged
     */
    public ProjectionJournal(MongoDatabase db, Consumer<String> onRollback, Runnable flush) {
        this.pending = db.getCollection(COLLECTION);
        this.onRollback = onRollback;
        this.flush = flush;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            Set<String> marked = root.getOrComputeResource(RESOURCE, k -> new HashSet<>());
            root.getOrComputeResource(FLUSH_RESOURCE, k -> {
                root.afterCommit(u -> flush.run());
                return Boolean.TRUE;
            });
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> event && marked.add(event.getAggregateIdentifier())) {
                    mark(root, event);
                }
            }
        }
        return (index, message) -> message;
    }

    private void mark(UnitOfWork<?> root, DomainEventMessage<?> event) {
        String aggregateId = event.getAggregateIdentifier();
        String token = UUID.randomUUID().toString();
        pending.replaceOne(Filters.eq("_id", aggregateId),
                new Document("_id", aggregateId).append("type", event.getType())
                        .append("token", token).append("since", Instant.now().toEpochMilli()),
                new ReplaceOptions().upsert(true));
        root.afterCommit(u -> pending.deleteOne(Filters.and(Filters.eq("_id", aggregateId), Filters.eq("token", token))));
        root.onRollback(u -> onRollback.accept(aggregateId));
    }
}
