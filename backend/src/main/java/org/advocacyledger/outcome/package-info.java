/** Outcomes: what changed for people, as a measured figure for a country and period or as a described change of practice. */
package org.advocacyledger.outcome;
