package org.advocacyledger.config;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded store's collections: documents are written to the H2 file as BSON (the
 * encoding mongo-java-server already uses on the wire) instead of through Java serialization, which was
 * most of the cost of every commit (each commit rewrites the changed pages, with every document in them;
 * decision 19 in docs/decisions.md).
 *
 * <p>Reading stays compatible with files written before: a value is read as BSON only if it starts with
 * {@link #BSON_DOCUMENT}, a tag H2's {@link ObjectDataType} never writes; anything else is read by H2 as it
 * always was. A document that BSON cannot hold exactly (a value of a type the encoder does not know) is
 * written the old way. A file written with this type cannot be opened by mongo-java-server's stock H2
 * backend any more.
 */
final class BsonDocumentType extends ObjectDataType {

    /** The tag in front of a BSON document; H2's own tags are 0-19 and 32-119. */
    static final byte BSON_DOCUMENT = 125;

    /**
     * The memory H2 counts per document, which decides how many documents a page holds: the rule H2 applies
     * to serialized objects (twice the written size, as a moving average over the documents written and
     * read), so that pages stay as small as they were. A fixed estimate made pages hold far more documents
     * than before, and each commit rewrite far more (measured: twice the file growth, an import 4 times
     * slower).
     */
    private int averageSize = 10_000;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof Document document) {
            byte[] bson = encode(document);
            if (bson != null) {
                buff.put(BSON_DOCUMENT).putVarInt(bson.length).put(bson);
                sized(bson.length);
                return;
            }
        }
        super.write(buff, obj);
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != BSON_DOCUMENT) {
            return super.read(buff);
        }
        buff.get();
        int length = DataUtils.readVarInt(buff);
        sized(length);
        ByteBuffer bson = buff.slice();
        bson.limit(length);
        buff.position(buff.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageSize : super.getMemory(obj);
    }

    private void sized(int length) {
        averageSize = (int) ((2L * length + 15L * averageSize) / 16);
    }

    /** The document as BSON, or null when BSON cannot hold one of its values. */
    static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } catch (RuntimeException e) {
            return null;
        } finally {
            buffer.release();
        }
    }
}
