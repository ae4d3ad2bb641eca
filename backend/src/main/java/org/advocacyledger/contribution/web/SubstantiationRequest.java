package org.advocacyledger.contribution.web;

import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.Independence;

/** Body of {@code POST /api/contributions/{id}/substantiations}. */
record SubstantiationRequest(String substantiatorName, String substantiatorRole, Independence independence,
                             Agreement outcomeAgreement, Agreement significanceAgreement, Agreement contributionAgreement,
                             String comments) {
}
