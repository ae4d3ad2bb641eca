/** Contribution claims: "these actions contributed to that reform or outcome", with a claimed strength and evidence. */
package org.advocacyledger.contribution;
