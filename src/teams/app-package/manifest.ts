import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { withoutEmptyValues } from '../../config.ts';
import { AppError } from '../../core/errors.ts';
import { colorIcon, outlineIcon } from './icons.ts';

/** manifest/teams/ of this checkout: the template, its translations and the icons. */
export const manifestDir = fileURLToPath(new URL('../../../manifest/teams/', import.meta.url));

const learnHome =
  'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune';
const defaultName = { short: 'Enrollment Assistant', full: 'Intune Enrollment Assistant' };
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ protocol: /^https$/ }).optional());

/** Microsoft's own pages: fine while trying the bot, never an organization's privacy statement or terms. */
const isMicrosoftPage = (url: string) => /(^|\.)microsoft\.com$/i.test(new URL(url).hostname);

/** What fills the `${{NAME}}` placeholders; the bot id is the Azure Bot's MicrosoftAppId. */
export const manifestVariablesSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    MicrosoftAppId: z.guid({ message: 'must be the Application (client) id of the Azure Bot, a GUID' }),
    /** The Teams app id; the bot id serves when it is not set (one registration, one app). */
    TEAMS_APP_ID: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.guid().optional()),
    /** The name users see in Teams (at most 30 characters) and its long form. */
    TEAMS_APP_NAME: optionalText(30),
    TEAMS_APP_FULL_NAME: optionalText(100),
    TEAMS_APP_DEVELOPER_NAME: optionalText(32),
    TEAMS_APP_WEBSITE_URL: optionalUrl,
    TEAMS_APP_PRIVACY_URL: optionalUrl,
    TEAMS_APP_TERMS_URL: optionalUrl,
    APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  })
  .superRefine((v, ctx) => {
    // A package for an organization's users names the organization and links its own policies.
    if (v.NODE_ENV !== 'production') return;
    if (!v.TEAMS_APP_DEVELOPER_NAME) {
      ctx.addIssue({
        code: 'custom',
        path: ['TEAMS_APP_DEVELOPER_NAME'],
        message: 'is required for a production package (your organization, shown in the app details)',
      });
    }
    for (const key of ['TEAMS_APP_WEBSITE_URL', 'TEAMS_APP_PRIVACY_URL', 'TEAMS_APP_TERMS_URL'] as const) {
      const url = v[key];
      if (!url || isMicrosoftPage(url)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: url
            ? "must be your organization's page for a production package, not Microsoft's"
            : "is required for a production package (your organization's page; the default is Microsoft Learn)",
        });
      }
    }
  })
  .transform((v) => {
    const website = v.TEAMS_APP_WEBSITE_URL ?? learnHome;
    const name = v.TEAMS_APP_NAME ?? defaultName.short;
    return {
      MicrosoftAppId: v.MicrosoftAppId,
      TEAMS_APP_ID: v.TEAMS_APP_ID ?? v.MicrosoftAppId,
      TEAMS_APP_NAME: name,
      TEAMS_APP_FULL_NAME: v.TEAMS_APP_FULL_NAME ?? (v.TEAMS_APP_NAME ? name : defaultName.full),
      /** A configured name is the organization's in every language; the translations carry only ours. */
      customName: v.TEAMS_APP_NAME !== undefined || v.TEAMS_APP_FULL_NAME !== undefined,
      TEAMS_APP_DEVELOPER_NAME: v.TEAMS_APP_DEVELOPER_NAME ?? defaultName.full,
      TEAMS_APP_WEBSITE_URL: website,
      TEAMS_APP_PRIVACY_URL: v.TEAMS_APP_PRIVACY_URL ?? website,
      TEAMS_APP_TERMS_URL: v.TEAMS_APP_TERMS_URL ?? website,
      APP_VERSION: v.APP_VERSION,
    };
  });
export type ManifestVariables = z.output<typeof manifestVariablesSchema>;

export class ManifestError extends AppError<'manifest-invalid'> {
  constructor(message: string) {
    super('manifest-invalid', message);
  }
}

export function readManifestVariables(env: Record<string, string | undefined>): ManifestVariables {
  const parsed = manifestVariablesSchema.safeParse(withoutEmptyValues(env));
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
  const { customName, ...placeholders } = vars;
  const text = fillPlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), placeholders);
  const manifest = JSON.parse(text) as Parameters<typeof localizationFiles>[0];
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(text, 'utf8') };
  for (const file of localizationFiles(manifest)) {
    const translation = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    if (customName) {
      translation['name.short'] = vars.TEAMS_APP_NAME;
      translation['name.full'] = vars.TEAMS_APP_FULL_NAME;
    }
    files[file] = Buffer.from(`${JSON.stringify(translation, null, 2)}\n`, 'utf8');
  }
  files['color.png'] = readFileSync(join(dir, 'color.png'));
  files['outline.png'] = readFileSync(join(dir, 'outline.png'));
  return files;
}

/** The icons as committed in manifest/teams/ (regenerate with `npm run manifest -- --icons`). */
export function renderIcons(): { 'color.png': Buffer; 'outline.png': Buffer } {
  return { 'color.png': colorIcon(192), 'outline.png': outlineIcon(32) };
}
