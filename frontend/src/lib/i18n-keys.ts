/**
 * Marks a string as a translation key that is translated later (for example a
 * validation message chosen in a schema and shown by a component). It returns the
 * key unchanged; the locale test checks the literal keys passed to tKey, as it does for t.
 */
export function tKey<const K extends string>(key: K): K {
  return key;
}
