package org.advocacyledger.shared.web;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Coordinators' internal notes are never shown to partners. Only callers with role ADMIN, COORDINATOR or
 * EVALUATOR see them; for everyone else (PARTNER) every {@code notes} field is dropped from the response,
 * and so is every history change whose field is {@code notes}.
 */
@Component
public class InternalNotes {

    public static final String FIELD = "notes";

    private final ObjectMapper json;

    public InternalNotes(ObjectMapper json) {
        this.json = json;
    }

    public static boolean mayRead(Authentication caller) {
        if (caller == null) {
            return false;
        }
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.equals("ROLE_ADMIN") || name.equals("ROLE_COORDINATOR") || name.equals("ROLE_EVALUATOR")) {
                return true;
            }
        }
        return false;
    }

    /** The body as the caller may see it: unchanged, or as JSON without notes. */
    public Object forCaller(Object body, Authentication caller) {
        if (mayRead(caller)) {
            return body;
        }
        JsonNode tree = json.valueToTree(body);
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(FIELD);
            object.forEach(InternalNotes::strip);
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                JsonNode element = it.next();
                if (element.isObject() && FIELD.equals(element.path("field").asText(null))) {
                    it.remove();
                } else {
                    strip(element);
                }
            }
        }
    }
}
