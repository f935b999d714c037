import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { colorIcon, outlineIcon } from './icons.ts';

/** manifest/teams/ of this checkout: the template, its translations and the icons. */
export const manifestDir = fileURLToPath(new URL('../../../manifest/teams/', import.meta.url));

const learnHome =
  'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune';
const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ protocol: /^https$/ }).optional());

/** What fills the `${{NAME}}` placeholders; the bot id is the Azure Bot's MicrosoftAppId. */
export const manifestVariablesSchema = z
  .object({
    MicrosoftAppId: z.guid({ message: 'must be the Application (client) id of the Azure Bot, a GUID' }),
    /** The Teams app id; the bot id serves when it is not set (one registration, one app). */
    TEAMS_APP_ID: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.guid().optional()),
    TEAMS_APP_DEVELOPER_NAME: z.string().trim().max(32).default('Intune Enrollment Assistant'),
    TEAMS_APP_WEBSITE_URL: optionalUrl,
    TEAMS_APP_PRIVACY_URL: optionalUrl,
    TEAMS_APP_TERMS_URL: optionalUrl,
    APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  })
  .transform((v) => {
    const website = v.TEAMS_APP_WEBSITE_URL ?? learnHome;
    return {
      MicrosoftAppId: v.MicrosoftAppId,
      TEAMS_APP_ID: v.TEAMS_APP_ID ?? v.MicrosoftAppId,
      TEAMS_APP_DEVELOPER_NAME: v.TEAMS_APP_DEVELOPER_NAME || 'Intune Enrollment Assistant',
      TEAMS_APP_WEBSITE_URL: website,
      TEAMS_APP_PRIVACY_URL: v.TEAMS_APP_PRIVACY_URL ?? website,
      TEAMS_APP_TERMS_URL: v.TEAMS_APP_TERMS_URL ?? website,
      APP_VERSION: v.APP_VERSION,
    };
  });
export type ManifestVariables = z.output<typeof manifestVariablesSchema>;

export class ManifestError extends Error {
  readonly code = 'manifest-invalid';
}

export function readManifestVariables(env: Record<string, string | undefined>): ManifestVariables {
  const parsed = manifestVariablesSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ManifestError(`Cannot build the Teams app package:\n${lines.join('\n')}`);
}

/** Replaces every `${{NAME}}`; a placeholder without a value is an error, not an empty string. */
export function fillPlaceholders(template: string, vars: Record<string, string>): string {
  const missing = new Set<string>();
  const out = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size) throw new ManifestError(`No value for ${[...missing].join(', ')}`);
  return out;
}

/** Names of the translation files the manifest's localizationInfo points to. */
function localizationFiles(manifest: { localizationInfo?: { additionalLanguages?: { file: string }[] } }) {
  return (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
}

/**
 * The files of the app package, ready to zip: manifest.json with the placeholders filled, its
 * translations and the two icons at the root, as Teams expects.
 */
export function buildAppPackageFiles(
  vars: ManifestVariables,
  dir: string = manifestDir,
): Record<string, Uint8Array> {
  const text = fillPlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), vars);
  const manifest = JSON.parse(text) as Parameters<typeof localizationFiles>[0];
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(text, 'utf8') };
  for (const file of localizationFiles(manifest)) files[file] = readFileSync(join(dir, file));
  files['color.png'] = readFileSync(join(dir, 'color.png'));
  files['outline.png'] = readFileSync(join(dir, 'outline.png'));
  return files;
}

/** The icons as committed in manifest/teams/ (regenerate with `npm run manifest -- --icons`). */
export function renderIcons(): { 'color.png': Buffer; 'outline.png': Buffer } {
  return { 'color.png': colorIcon(192), 'outline.png': outlineIcon(32) };
}
