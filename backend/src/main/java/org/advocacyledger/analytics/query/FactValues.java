package org.advocacyledger.analytics.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of every stored event stay in memory (decision 16), so they are held compactly (decisions 20 and 23):
 * <ul>
 * <li>an id is a {@link UUID} when its text is a UUID in canonical form, as every id the product makes is
 *     (32 bytes, where the text took about 80 plus an entry in the JVM's string table), and the text itself
 *     otherwise; the same text always gives an equal id, and {@code toString()} gives the text back;</li>
 * <li>what many facts repeat is held once: campaign ids, codes, and the few distinct lists of framings or legal
 *     bases and dates. A record's own id is the same object as the fact log's key for its aggregate.</li>
 * </ul>
 * Facts are never changed, so sharing is safe.
 */
final class FactValues {

    private static final Map<Object, Object> SHARED = new ConcurrentHashMap<>();

    private FactValues() {
    }

    /** The id as the facts hold it (see the class comment); null for null. */
    static Object id(String text) {
        if (text == null) {
            return null;
        }
        return isCanonicalUuid(text) ? UUID.fromString(text) : text;
    }

    /** An id given as text is turned into the facts' form ({@link #id(String)}); one already in that form is kept. */
    static Object id(Object id) {
        return id instanceof String text ? id(text) : id;
    }

    /** The ids in the facts' form. */
    static List<Object> ids(List<?> ids) {
        return ids == null ? null : ids.stream().map(FactValues::id).toList();
    }

    /** The same as {@link #id(String)}, one instance per distinct id: for ids that many facts repeat (a campaign's). */
    static Object sharedId(String text) {
        return shared(id(text));
    }

    /** One instance of each distinct value (a code, a list of framings or legal bases, a date). */
    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        return value == null ? null : (T) SHARED.computeIfAbsent(value, v -> v);
    }

    /** Lower-case hexadecimal digits in groups of 8-4-4-4-12: exactly what {@link UUID#toString()} writes. */
    private static boolean isCanonicalUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
