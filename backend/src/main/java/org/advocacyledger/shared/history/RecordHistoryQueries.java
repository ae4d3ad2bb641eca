package org.advocacyledger.shared.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

/**
 * Answers {@link GetRecordHistory} from {@link EventStore#readEvents(String)}: the event store is the
 * history, so nothing here can drift from it. "What changed" is computed by folding the events' fields:
 * a field is listed when the event sets it to a value other than the one it had.
 */
@Component
class RecordHistoryQueries {

    /** Fields every event carries that are not changes: the record's identity and the reason. */
    private static final String REASON = "reason";

    private final EventStore eventStore;
    private final ObjectMapper json;

    RecordHistoryQueries(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    @QueryHandler
    RecordHistory handle(GetRecordHistory query) {
        if (query.recordId() == null || query.recordId().isBlank()) {
            return null;
        }
        var stream = eventStore.readEvents(query.recordId());
        List<RecordHistory.Entry> entries = new ArrayList<>();
        ObjectNode state = json.createObjectNode();
        String type = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (type == null) {
                type = event.getType();
                if (!type.equals(query.aggregateType())) {
                    return null;
                }
            }
            entries.add(entry(event, state, query.recordId()));
        }
        return type == null ? null : new RecordHistory(query.recordId(), type, entries);
    }

    private RecordHistory.Entry entry(DomainEventMessage<?> event, ObjectNode state, String recordId) {
        JsonNode payload = json.valueToTree(event.getPayload());
        List<RecordHistory.Change> changes = new ArrayList<>();
        String reason = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals(REASON)) {
                reason = value.isNull() ? null : value.asText();
                continue;
            }
            if (value.isTextual() && value.asText().equals(recordId)) {
                continue; // the record's own id
            }
            JsonNode before = state.get(name);
            if (!Objects.equals(normalize(before), normalize(value))) {
                changes.add(new RecordHistory.Change(name, normalize(before), normalize(value)));
                state.set(name, value);
            }
        }
        String eventName = event.getPayloadType().getSimpleName();
        if (eventName.endsWith("Retracted")) {
            changes.add(new RecordHistory.Change("retracted", BooleanNode.FALSE, BooleanNode.TRUE));
        }
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        Object userId = event.getMetaData().get("userId");
        return new RecordHistory.Entry(event.getSequenceNumber(), eventName,
                revision == null ? 0 : Integer.parseInt(revision.value()), event.getTimestamp(),
                userId == null ? null : userId.toString(), reason, changes);
    }

    private static JsonNode normalize(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.instance : node;
    }
}
