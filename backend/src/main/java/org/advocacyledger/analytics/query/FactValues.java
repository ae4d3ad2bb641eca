package org.advocacyledger.analytics.query;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of every stored event stay in memory (decision 16), so what they repeat is held once (decision 20):
 * ids and codes are interned (a record's id is also the key of the fact log's sequence map, and a claim's cited
 * ids are the actions' ids), and the few distinct lists of framings or legal bases and the dates are shared
 * among the facts that have them. Facts are never changed, so sharing is safe.
 */
final class FactValues {

    private static final Map<Object, Object> SHARED = new ConcurrentHashMap<>();

    private FactValues() {
    }

    static String id(String text) {
        return text == null ? null : text.intern();
    }

    static List<String> ids(List<String> ids) {
        return ids == null ? null : ids.stream().map(FactValues::id).toList();
    }

    /** One instance of each distinct value (a list of framings or legal bases, a date). */
    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        return value == null ? null : (T) SHARED.computeIfAbsent(value, v -> v);
    }
}
