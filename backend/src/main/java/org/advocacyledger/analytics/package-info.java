/**
 * Framing analytics for evaluators: which framings, avenues and legal bases were followed by policy change,
 * with the strength of the evidence, computed from the event store as it stood on any date.
 */
package org.advocacyledger.analytics;
