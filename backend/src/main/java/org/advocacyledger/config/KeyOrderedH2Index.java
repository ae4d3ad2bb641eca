package org.advocacyledger.config;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
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
     * H2's {@link ObjectDataType} (same reading and writing), comparing two {@link KeyValue}s as it does:
     * by the unsigned bytes of their Java serialization. Keys are written (and their memory estimated) with
     * exactly the bytes H2 writes, so the file format does not change.
     *
     * <p>Most keys are one string (every {@code _id} the product writes). The Java serialization of such a key
     * is always the same bytes ({@link #STRING_KEY_PREFIX}: the {@code KeyValue} and {@code ArrayList} class
     * descriptors and the list's size), then the string (a two-byte length and its modified UTF-8), then one
     * end byte. Such keys are compared, written and read from the string itself, with no serialization and
     * no memory: two of them compare by that length first, then by those bytes (for ASCII, the characters).
     * Other keys (numbers, ObjectIds, compound keys) are serialized once and their bytes remembered per key
     * object, held weakly: a key leaves the memo when H2 drops the page that holds it.
     */
    static final class KeyOrder extends ObjectDataType {

        /** H2's tag for a value it stores as its Java serialization ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}). */
        static final byte SERIALIZED_OBJECT = 19;

        /** The Java serialization of a one-string key, up to the string's length (that of the empty string, less its last 3 bytes). */
        static final byte[] STRING_KEY_PREFIX;
        private static final byte END_BLOCK_DATA = 0x78;
        /** The one string the stream itself holds (the type of {@code KeyValue.values}); a key equal to it is serialized. */
        private static final String FIELD_TYPE = "Ljava/util/List;";

        static {
            byte[] empty = serialize(new KeyValue(""));
            STRING_KEY_PREFIX = Arrays.copyOf(empty, empty.length - 3);
            if (empty[empty.length - 3] != 0 || empty[empty.length - 2] != 0 || empty[empty.length - 1] != END_BLOCK_DATA) {
                throw new IllegalStateException("Unexpected serialization of an index key; this version of mongo-java-server is not supported");
            }
        }

        private static final Cache<Object, byte[]> SERIALIZED = Caffeine.newBuilder().weakKeys().maximumSize(200_000).build();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue && b instanceof KeyValue) {
                if (a == b) {
                    return 0;
                }
                String x = singleString(a);
                String y = singleString(b);
                if (x != null && y != null) {
                    return compareStrings(x, y);
                }
                return compareNotNull(serialized(a), serialized(b));
            }
            return super.compare(a, b);
        }

        /** What comparing the two keys' serializations gives: the modified-UTF-8 length first, then the bytes. */
        static int compareStrings(String x, String y) {
            int lx = utfLength(x);
            int ly = utfLength(y);
            if (lx != ly) {
                return Integer.compare(lx, ly);
            }
            int n = Math.min(x.length(), y.length());
            for (int i = 0; i < n; i++) {
                char cx = x.charAt(i);
                char cy = y.charAt(i);
                if (cx != cy) {
                    if (ascii(cx) && ascii(cy)) {
                        return Integer.compare(cx, cy);
                    }
                    return compareNotNull(modifiedUtf8(x), modifiedUtf8(y)); // rare: compare the bytes themselves
                }
            }
            return 0; // equal lengths and characters: equal strings
        }

        /**
         * Writes a key as H2 does (tag, length, its Java serialization); H2 itself opens an
         * {@code ObjectOutputStream} for every key of every page it writes at a commit.
         */
        @Override
        public void write(WriteBuffer buff, Object obj) {
            if (obj instanceof KeyValue) {
                String string = singleString(obj);
                if (string != null) {
                    int utf = utfLength(string);
                    buff.put(SERIALIZED_OBJECT).putVarInt(STRING_KEY_PREFIX.length + 2 + utf + 1)
                            .put(STRING_KEY_PREFIX).putShort((short) utf);
                    if (utf == string.length()) {
                        for (int i = 0; i < utf; i++) {
                            buff.put((byte) string.charAt(i));
                        }
                    } else {
                        buff.put(modifiedUtf8(string));
                    }
                    buff.put(END_BLOCK_DATA);
                    return;
                }
                byte[] bytes = serialized(obj);
                buff.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
            } else {
                super.write(buff, obj);
            }
        }

        /**
         * Reads what {@link #write} (or H2) wrote. A one-string key is made from its string, without an
         * {@code ObjectInputStream}; anything else is deserialized by H2.
         */
        @Override
        public Object read(ByteBuffer buff) {
            int start = buff.position();
            if (buff.get(start) == SERIALIZED_OBJECT) {
                buff.get();
                int length = DataUtils.readVarInt(buff);
                int at = buff.position();
                int utf = length - STRING_KEY_PREFIX.length - 3;
                if (utf >= 0 && buff.get(at + length - 1) == END_BLOCK_DATA
                        && ((buff.get(at + STRING_KEY_PREFIX.length) & 0xFF) << 8 | (buff.get(at + STRING_KEY_PREFIX.length + 1) & 0xFF)) == utf
                        && startsWithPrefix(buff, at)) {
                    String string = readModifiedUtf8(buff, at + STRING_KEY_PREFIX.length + 2, utf);
                    if (string != null) {
                        buff.position(at + length);
                        return new KeyValue(string);
                    }
                }
                buff.position(start);
            }
            return super.read(buff);
        }

        private static boolean startsWithPrefix(ByteBuffer buff, int at) {
            for (int i = 0; i < STRING_KEY_PREFIX.length; i++) {
                if (buff.get(at + i) != STRING_KEY_PREFIX[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The string of {@code length} bytes of modified UTF-8 at {@code at}; null if they are not well formed. */
        private static String readModifiedUtf8(ByteBuffer buff, int at, int length) {
            char[] chars = new char[length];
            int count = 0;
            int end = at + length;
            for (int i = at; i < end; ) {
                int b = buff.get(i) & 0xFF;
                if (b >= 1 && b <= 0x7F) {
                    chars[count++] = (char) b;
                    i++;
                } else if ((b & 0xE0) == 0xC0 && i + 1 < end && (buff.get(i + 1) & 0xC0) == 0x80) {
                    chars[count++] = (char) (((b & 0x1F) << 6) | (buff.get(i + 1) & 0x3F));
                    i += 2;
                } else if ((b & 0xF0) == 0xE0 && i + 2 < end && (buff.get(i + 1) & 0xC0) == 0x80 && (buff.get(i + 2) & 0xC0) == 0x80) {
                    chars[count++] = (char) (((b & 0x0F) << 12) | ((buff.get(i + 1) & 0x3F) << 6) | (buff.get(i + 2) & 0x3F));
                    i += 3;
                } else {
                    return null;
                }
            }
            return new String(chars, 0, count);
        }

        /** H2's estimate for a serialized key: twice its bytes. */
        @Override
        public int getMemory(Object obj) {
            if (obj instanceof KeyValue) {
                String string = singleString(obj);
                return 2 * (string != null ? STRING_KEY_PREFIX.length + 2 + utfLength(string) + 1 : serialized(obj).length);
            }
            return super.getMemory(obj);
        }

        /** The key's string when it is one string whose serialization is prefix, length, bytes, end; else null. */
        static String singleString(Object key) {
            KeyValue value = (KeyValue) key;
            if (value.size() == 1 && value.get(0) instanceof String string && string.length() <= 0xFFFF / 3
                    && !string.equals(FIELD_TYPE)) {
                return string;
            }
            return null;
        }

        private static boolean ascii(char c) {
            return c >= 1 && c <= 0x7F;
        }

        /** The length of the string in modified UTF-8 (as {@code DataOutput.writeUTF} writes it). */
        static int utfLength(String s) {
            int length = s.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!ascii(c)) {
                    length += c <= 0x7FF ? 1 : 2;
                }
            }
            return length;
        }

        private static byte[] modifiedUtf8(String s) {
            byte[] bytes = new byte[utfLength(s)];
            int at = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (ascii(c)) {
                    bytes[at++] = (byte) c;
                } else if (c <= 0x7FF) {
                    bytes[at++] = (byte) (0xC0 | (c >> 6));
                    bytes[at++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    bytes[at++] = (byte) (0xE0 | (c >> 12));
                    bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    bytes[at++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return bytes;
        }

        private static byte[] serialized(Object key) {
            return SERIALIZED.get(key, ObjectDataType::serialize);
        }
    }
}
