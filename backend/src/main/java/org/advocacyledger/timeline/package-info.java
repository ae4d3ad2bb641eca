/** The timeline: actions, reform stages, outcomes and contribution claims in date order, imprecise dates shown as such. */
package org.advocacyledger.timeline;
