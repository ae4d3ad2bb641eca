package org.advocacyledger.reform.web;

import org.advocacyledger.reform.api.CorrectLegalReform;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;

/** Body of {@code PUT /api/reforms/{id}}: the whole corrected description and the reason. */
record CorrectReformRequest(String country, String instrument, ReformKind kind, String summary, String citation,
                            String description, ReformDirection direction, String reason) {

    CorrectLegalReform toCommand(ReformId id, Long expectedVersion) {
        return new CorrectLegalReform(id, expectedVersion, country, instrument, kind, summary, citation, description,
                direction, reason);
    }
}
