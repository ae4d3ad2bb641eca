package org.advocacyledger.shared.projection;

import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/** Delivers events to projections outside any event processor (repair, verification, rebuild). */
final class ProjectionReplayer {

    private final List<AnnotationEventHandlerAdapter> handlers;

    ProjectionReplayer(List<? extends MongoProjection> projections) {
        this.handlers = projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    void deliver(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    try {
                        handler.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("Projection " + handler.getTargetType().getSimpleName()
                                + " failed on " + event.getPayloadType().getSimpleName(), e);
                    }
                });
            }
        }
    }

    /**
     * Delivers every stored event of the given aggregate types and aggregates (null: all) that passes
     * {@code include}, in one ordered scan of the event store. Returns how many events were scanned. (Replaying aggregates on
     * several workers side by side was measured and did not help on this machine: the store is the
     * bottleneck; see docs/benchmarks.md.)
     */
    long replay(EventStoreScan scan, java.util.Collection<String> aggregateTypes, java.util.Collection<String> aggregateIds,
                java.util.function.Predicate<org.axonframework.eventhandling.DomainEventMessage<?>> include) {
        return scan.forEach(aggregateTypes, aggregateIds, event -> {
            if (include.test(event)) {
                deliver(event);
            }
        });
    }
}
