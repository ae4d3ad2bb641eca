package org.advocacyledger.shared;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** {@link RecordTypes} read from the event store: the first event names the type, a "…Retracted" event retracts. */
@Component
class EventStoreRecordTypes implements RecordTypes {

    private final EventStore eventStore;

    EventStoreRecordTypes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<RecordInfo> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        var stream = eventStore.readEvents(id);
        String type = null;
        boolean retracted = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (type == null) {
                type = event.getType();
            }
            if (event.getPayloadType().getSimpleName().endsWith("Retracted")) {
                retracted = true;
            }
        }
        return type == null ? Optional.empty() : Optional.of(new RecordInfo(type, retracted));
    }
}
