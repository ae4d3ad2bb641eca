package org.advocacyledger.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link RecordTypes} for fixture tests: records are registered by hand. */
public class FakeRecordTypes implements RecordTypes {

    private final Map<String, RecordInfo> records = new HashMap<>();

    public FakeRecordTypes with(String id, String type) {
        records.put(id, new RecordInfo(type, false));
        return this;
    }

    public FakeRecordTypes retracted(String id, String type) {
        records.put(id, new RecordInfo(type, true));
        return this;
    }

    @Override
    public Optional<RecordInfo> find(String id) {
        return Optional.ofNullable(records.get(id));
    }
}
