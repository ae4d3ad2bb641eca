/** Campaigns: a coalition's effort on some countries and issues, launched with a goal. */
package org.advocacyledger.campaign;
