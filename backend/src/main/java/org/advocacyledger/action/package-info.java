/** Advocacy actions: what a coalition did, where, on which issue, under which framings and legal bases, aimed at whom. */
package org.advocacyledger.action;
