/** Advocacy Ledger: campaigns, actions, reforms, outcomes and contribution claims, recorded as events. */
package org.advocacyledger;
