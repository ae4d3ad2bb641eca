package org.advocacyledger.config;

import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index of the embedded store (every index mongo-java-server keeps: {@code _id} and the unique
 * ones), in the same H2 map and the same file format as mongo-java-server's own {@code H2UniqueIndex}, but
 * with keys compared without re-serializing them each time.
 *
 * <p>mongo-java-server's index keys ({@link KeyValue}) are not {@link Comparable}, so H2's
 * {@link ObjectDataType} orders them by their Java serialization: every comparison in a B-tree search wrote
 * both keys through an {@code ObjectOutputStream}. On this machine that was about a third of all the CPU
 * time of a benchmark run (docs/decisions.md, decision 19). {@link KeyOrder} gives exactly the same order
 * (the same bytes, compared the same way) and remembers each key object's bytes, so a look-up serializes
 * only the key it looks for. The order being identical, files written before and after read the same
 * (tested both ways).
 */
final class KeyOrderedH2Index extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    private KeyOrderedH2Index(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** Opens (or creates) the index map {@code mapName} in {@code store}, as mongo-java-server names it. */
    static KeyOrderedH2Index open(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        MVMap<KeyValue, Object> map = store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
        return new KeyOrderedH2Index(map, name, keys, sparse);
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(keyValue);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * H2's {@link ObjectDataType} (same reading and writing), comparing two {@link KeyValue}s as it does
     * (unsigned bytes of their Java serialization) from bytes remembered per key object. Keys are held
     * weakly: a key leaves the memo when H2 drops the page that holds it.
     */
    static final class KeyOrder extends ObjectDataType {

        private static final Cache<Object, byte[]> SERIALIZED = Caffeine.newBuilder().weakKeys().maximumSize(200_000).build();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue && b instanceof KeyValue) {
                return a == b ? 0 : compareNotNull(serialized(a), serialized(b));
            }
            return super.compare(a, b);
        }

        private static byte[] serialized(Object key) {
            return SERIALIZED.get(key, ObjectDataType::serialize);
        }
    }
}
