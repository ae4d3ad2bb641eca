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
}
