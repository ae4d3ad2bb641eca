package org.advocacyledger.shared.projection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.InsertOneResult;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A database whose collections hold back the projections' writes and send them in bulk, for a rebuild: the
 * read models are written by one replay of the event store into emptied collections, so a write cannot meet
 * a concurrent one and a version check could only find the previous event applied. One bulk command per
 * collection replaces one round trip per write.
 *
 * <p>Per collection, {@code insertOne} and {@code updateOne} are held; any other call (a read, for instance)
 * first sends what is held, so a projection that reads a document sees its own writes. Held inserts are sent
 * before held updates: each inserted document is new (emptied collections), so an update meant for it still
 * comes after it, and updates keep their order. {@link MongoProjection#applyInOrder} writes without reading
 * the version through such a collection. Errors surface when the writes are sent (the rebuild fails).
 */
final class BulkWrites {

    /** Held writes per collection before they are sent. */
    static final int BATCH = 1_000;

    /** Marks a collection whose writes are held and sent in bulk. */
    interface Held {
    }

    private final MongoDatabase database;
    private final Map<String, HeldCollection> collections = new LinkedHashMap<>();

    BulkWrites(MongoDatabase target) {
        this.database = (MongoDatabase) Proxy.newProxyInstance(BulkWrites.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCollection") && args != null && args.length == 1) {
                        return collections.computeIfAbsent((String) args[0], name -> new HeldCollection(target.getCollection(name))).proxy;
                    }
                    sendAll();
                    return invoke(method, target, args);
                });
    }

    /** The database to build the projections over. */
    MongoDatabase database() {
        return database;
    }

    /** Sends everything held. */
    void sendAll() {
        collections.values().forEach(HeldCollection::send);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class HeldCollection implements InvocationHandler {

        private final MongoCollection<Document> target;
        private final MongoCollection<Document> proxy;
        private final List<WriteModel<Document>> inserts = new ArrayList<>();
        private final List<WriteModel<Document>> updates = new ArrayList<>();

        @SuppressWarnings("unchecked")
        HeldCollection(MongoCollection<Document> target) {
            this.target = target;
            this.proxy = (MongoCollection<Document>) Proxy.newProxyInstance(BulkWrites.class.getClassLoader(),
                    new Class<?>[] {MongoCollection.class, Held.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            int arguments = args == null ? 0 : args.length;
            if (method.getName().equals("insertOne") && arguments == 1 && args[0] instanceof Document document) {
                inserts.add(new InsertOneModel<>(document));
                sendIfFull();
                return InsertOneResult.acknowledged(null);
            }
            if (method.getName().equals("updateOne") && (arguments == 2 || arguments == 3)
                    && args[0] instanceof Bson filter && args[1] instanceof Bson update
                    && (arguments == 2 || args[2] instanceof UpdateOptions)) {
                UpdateOptions options = arguments == 3 ? (UpdateOptions) args[2] : new UpdateOptions();
                updates.add(new UpdateOneModel<>(filter, update, options));
                sendIfFull();
                return UpdateResult.acknowledged(1, 1L, null);
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0] : method.invoke(this, args);
            }
            send();
            return BulkWrites.invoke(method, target, args);
        }

        private void sendIfFull() {
            if (inserts.size() + updates.size() >= BATCH) {
                send();
            }
        }

        void send() {
            if (inserts.isEmpty() && updates.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> writes = new ArrayList<>(inserts.size() + updates.size());
            writes.addAll(inserts);
            writes.addAll(updates);
            inserts.clear();
            updates.clear();
            target.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }
}
