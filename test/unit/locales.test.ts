// Every language has what French has: same keys, nothing empty, same {{placeholders}}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { localesDir } from '../../src/paths.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Flattens to "a.b.c" → value; arrays are leaves, as i18next returns them whole. */
function flatten(value: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [fk, fv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(fk, fv);
  } else out.set(prefix, value);
  return out;
}

const strings = (value: Json): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const placeholders = (value: Json) => new Set(strings(value).flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1])));
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const load = (lng: string, file: string) => flatten(JSON.parse(readFileSync(join(localesDir, lng, file), 'utf8')) as Json);
const namespaces = readdirSync(join(localesDir, 'fr')).filter((f) => f.endsWith('.json'));

describe.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'fr'))('locale %s against French', (lng) => {
  it.each(namespaces)('%s has every French key, with the same placeholders', (file) => {
    const fr = load('fr', file);
    const other = load(lng, file);
    const otherBase = new Set([...other.keys()].map(baseKey));
    const missing = [...fr.keys()].map(baseKey).filter((k) => !otherBase.has(k));
    expect(missing, `missing in ${lng}/${file}`).toEqual([]);
    for (const [key, value] of fr) {
      const match = other.get(key) ?? other.get(`${baseKey(key)}_other`);
      if (match === undefined) continue;
      expect([...placeholders(match)].sort(), `${lng}/${file} ${key}`).toEqual([...placeholders(value)].sort());
    }
  });
});

describe.each([...SUPPORTED_LANGUAGES])('locale %s', (lng) => {
  it('has no empty value anywhere', () => {
    for (const file of readdirSync(join(localesDir, lng)).filter((f) => f.endsWith('.json'))) {
      for (const [key, value] of load(lng, file)) {
        const empty = value === '' || value === null || (Array.isArray(value) && value.length === 0) || strings(value).some((s) => s.trim() === '');
        expect(empty, `${lng}/${file} ${key} is empty`).toBe(false);
      }
    }
  });
});
