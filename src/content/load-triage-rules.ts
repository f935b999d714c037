import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type TriageRule, triageRulesSchema } from '../core/triage/rules.ts';

const defaultPath = fileURLToPath(new URL('../../content/triage/rules.json', import.meta.url));

/** Reads and validates content/triage/rules.json; a bad rule stops the start with its position named. */
export function loadTriageRules(path: string = defaultPath): TriageRule[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return z.object({ rules: triageRulesSchema }).parse(raw).rules;
}
