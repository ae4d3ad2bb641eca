/** Demo data: the seed article's facts, loaded as commands into an empty store when LEDGER_DEMO=true. */
package org.advocacyledger.demo;
