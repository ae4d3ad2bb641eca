/**
 * How read models stay exactly equal to what the event store implies: subscribing projections with
 * version-checked writes, a journal of aggregates whose events may not be projected yet, repair from
 * the event store, and a verifier that replays everything into a scratch database and compares.
 */
package org.advocacyledger.shared.projection;
