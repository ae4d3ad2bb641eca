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
     * Every read document depends on its own aggregate's events only (the repair of one aggregate relies on
     * the same property), so aggregates can be replayed side by side: each aggregate's events go, in order,
     * to the worker its id hashes to. Round trips to the store dominate a replay, so more workers
     * than cores keep both the store and the replay busy. Returns how many events were scanned.
     */
    long replay(EventStoreScan scan, java.util.Collection<String> aggregateTypes,
                java.util.function.Predicate<org.axonframework.eventhandling.DomainEventMessage<?>> include) {
        ProjectionReplayer replayer = this;
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors()) * 2;
        List<java.util.concurrent.BlockingQueue<org.axonframework.eventhandling.DomainEventMessage<?>>> queues = new java.util.ArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        org.axonframework.eventhandling.DomainEventMessage<?> end = new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                "end", "end", 0, "end");
        for (int w = 0; w < workers; w++) {
            java.util.concurrent.BlockingQueue<org.axonframework.eventhandling.DomainEventMessage<?>> queue =
                    new java.util.concurrent.ArrayBlockingQueue<>(2_000);
            queues.add(queue);
            Thread thread = new Thread(() -> {
                try {
                    for (var event = queue.take(); event != end; event = queue.take()) {
                        if (failure.get() == null) {
                            replayer.deliver(event);
                        }
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    queue.clear();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "projection-rebuild-" + w);
            threads.add(thread);
            thread.start();
        }
        long events;
        try {
            events = scan.forEach(aggregateTypes, event -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                if (!include.test(event)) {
                    return;
                }
                put(queues.get(Math.floorMod(event.getAggregateIdentifier().hashCode(), workers)), event);
            });
        } finally {
            queues.forEach(queue -> put(queue, end));
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return events;
    }

    private static <T> void put(java.util.concurrent.BlockingQueue<T> queue, T item) {
        try {
            while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        }
    }
}
