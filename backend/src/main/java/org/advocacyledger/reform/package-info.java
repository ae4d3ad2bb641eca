/** Legal reforms: a change of law, regulation, policy or court practice in one country, moving through dated stages. */
package org.advocacyledger.reform;
