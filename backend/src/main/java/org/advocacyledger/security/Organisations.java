package org.advocacyledger.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Organisations (members of coalitions), keyed by a short id such as {@code apil}. */
@Component
public class Organisations {

    public record Organisation(String id, String name) {
    }

    private final MongoCollection<Document> organisations;

    Organisations(MongoDatabase ledgerDatabase) {
        this.organisations = ledgerDatabase.getCollection("organisations");
    }

    public void create(String id, String name) {
        organisations.insertOne(new Document("_id", id).append("name", name));
    }

    public Optional<Organisation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(organisations.find(Filters.eq("_id", id)).first())
                .map(d -> new Organisation(d.getString("_id"), d.getString("name")));
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    public List<Organisation> all() {
        List<Organisation> all = new ArrayList<>();
        for (Document d : organisations.find().sort(Sorts.ascending("_id"))) {
            all.add(new Organisation(d.getString("_id"), d.getString("name")));
        }
        return all;
    }
}
