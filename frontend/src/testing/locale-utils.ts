/** Flattens {"a": {"b": "x"}} into {"a.b": "x"}; non-string leaves are kept as they are. */
export function flattenKeys(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flattenKeys(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into[prefix] = value;
  }
  return into;
}

/**
 * Every problem that makes the locales disagree: a key present in one locale but
 * missing from another, a value that is empty or not a string, or a different set
 * of {{placeholders}} than English.
 */
export function findLocaleProblems(locales: Record<string, unknown>, reference = 'en'): string[] {
  const flat = Object.fromEntries(Object.entries(locales).map(([name, data]) => [name, flattenKeys(data)]));
  const allKeys = new Set(Object.values(flat).flatMap((entries) => Object.keys(entries)));
  const problems: string[] = [];
  for (const key of [...allKeys].sort()) {
    for (const [name, entries] of Object.entries(flat)) {
      if (!(key in entries)) {
        problems.push(`${name}: missing "${key}"`);
        continue;
      }
      const value = entries[key];
      if (typeof value !== 'string') problems.push(`${name}: "${key}" is not a string`);
      else if (value.trim() === '') problems.push(`${name}: "${key}" is empty`);
    }
  }
  const referenceEntries = flat[reference];
  if (referenceEntries) {
    for (const [key, value] of Object.entries(referenceEntries)) {
      if (typeof value !== 'string') continue;
      const expected = placeholders(value);
      for (const [name, entries] of Object.entries(flat)) {
        const other = entries[key];
        if (name === reference || typeof other !== 'string') continue;
        const actual = placeholders(other);
        if (expected.join() !== actual.join()) {
          problems.push(`${name}: "${key}" has placeholders [${actual.join(', ')}], ${reference} has [${expected.join(', ')}]`);
        }
      }
    }
  }
  return problems;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();
}

/** Translation keys written literally in source: t('x'), i18n.t('x'), tKey('x') and i18nKey="x". */
export function findKeysInSource(source: string): string[] {
  const keys = new Set<string>();
  const callPattern = /\b(?:t|tKey)\(\s*(['"`])([^'"`$\\]+)\1/g;
  const attrPattern = /\bi18nKey=(?:\{\s*)?(['"`])([^'"`$\\]+)\1/g;
  for (const pattern of [callPattern, attrPattern]) {
    for (const match of source.matchAll(pattern)) keys.add(match[2]);
  }
  return [...keys];
}
