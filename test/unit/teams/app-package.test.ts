import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import nock from 'nock';
import { createIntentDetector } from '../../../src/core/conversation/intents.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import {
  buildAppPackageFiles,
  fillPlaceholders,
  manifestDir,
  readManifestVariables,
  renderIcons,
} from '../../../src/teams/app-package/manifest.ts';
import { readPngHeader } from '../../../src/teams/app-package/png.ts';

const appId = '8f0e5f5e-3c4b-4a2e-9d7a-1b2c3d4e5f60';
const vars = readManifestVariables({ MicrosoftAppId: appId, APP_VERSION: '1.2.3' });
const json = (bytes: Uint8Array | undefined) => JSON.parse(Buffer.from(bytes ?? []).toString('utf8'));

type JsonSchemaish = {
  properties: Record<string, { maxLength?: number }>;
  patternProperties: Record<string, { maxLength?: number }>;
  required?: string[];
};
const schemasDir = join(manifestDir, '../../node_modules/@microsoft/app-manifest/build/json-schemas/teams');
/** The newest released manifest version whose schema the validator package ships (v1.30 → "1.30"). */
const newestSchema = readdirSync(schemasDir)
  .filter((d) => /^v\d+\.\d+$/.test(d))
  .map((d) => d.slice(1))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .at(-1);
const localizationSchema = JSON.parse(
  readFileSync(join(schemasDir, `v${newestSchema}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8'),
) as JsonSchemaish;

/**
 * The bundled localization schema has patterns ajv rejects in unicode mode, so its rules are applied
 * here: known keys only (additionalProperties is false), non-empty strings within maxLength, required keys.
 */
function localizationProblems(loc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const patterns = Object.entries(localizationSchema.patternProperties).map(([p, rule]) => ({
    re: new RegExp(p),
    rule,
  }));
  for (const [key, value] of Object.entries(loc)) {
    if (key === '$schema') continue;
    const rule = localizationSchema.properties[key] ?? patterns.find((p) => p.re.test(key))?.rule;
    if (!rule) problems.push(`${key}: not allowed`);
    else if (typeof value !== 'string' || !value.trim()) problems.push(`${key}: empty`);
    else if (rule.maxLength && value.length > rule.maxLength)
      problems.push(`${key}: longer than ${rule.maxLength}`);
  }
  for (const key of localizationSchema.required ?? []) if (!(key in loc)) problems.push(`${key}: missing`);
  return problems;
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

describe('Teams app package', () => {
  test('the filled manifest passes the bundled schema offline, with the bot id as MicrosoftAppId', async () => {
    const manifest = json(buildAppPackageFiles(vars)['manifest.json']) as TeamsManifest;
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(manifest.manifestVersion).toBe(newestSchema);
    expect(manifest.$schema).toContain(`/v${newestSchema}/`);
    expect(manifest.id).toBe(appId);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots?.[0]).toMatchObject({ botId: appId, scopes: ['personal', 'team', 'groupChat'] });
    // Screenshots sent as files in personal chat reach the bot only with supportsFiles.
    expect((manifest.bots?.[0] as { supportsFiles?: boolean } | undefined)?.supportsFiles).toBe(true);
  });

  test('each translation file follows the localization schema and covers the same strings', () => {
    const files = buildAppPackageFiles(vars);
    for (const name of ['sv.json', 'fr.json', 'zh-CN.json']) {
      const loc = json(files[name]);
      expect(localizationProblems(loc)).toEqual([]);
      expect(Object.keys(loc).sort()).toEqual(Object.keys(json(files['sv.json'])).sort());
      expect(loc['name.short'].length).toBeLessThanOrEqual(30);
    }
  });

  test('the commands Teams suggests are ones the bot understands, in every language', () => {
    const detect = createIntentDetector(createTranslator()).detect;
    const files = buildAppPackageFiles(vars);
    const titles = (json(files['manifest.json']) as TeamsManifest).bots?.[0]?.commandLists?.[0]?.commands.map(
      (c) => c.title,
    );
    const expected = ['help', 'restart', 'choose-language'];
    expect(titles?.map((t) => detect(t)?.kind)).toEqual(expected);
    for (const name of ['sv.json', 'fr.json', 'zh-CN.json']) {
      const loc = json(files[name]);
      const localized = [0, 1, 2].map((i) => loc[`bots[0].commandLists[0].commands[${i}].title`] as string);
      expect(localized.map((t) => detect(t)?.kind)).toEqual(expected);
    }
  });

  test('the committed icons are the drawn ones, at the sizes Teams requires', () => {
    const drawn = renderIcons();
    for (const [file, png] of Object.entries(drawn)) {
      expect(readFileSync(join(manifestDir, file)).equals(png)).toBe(true);
    }
    expect(readPngHeader(drawn['color.png'])).toMatchObject({ width: 192, height: 192, colorType: 6 });
    expect(readPngHeader(drawn['outline.png'])).toMatchObject({ width: 32, height: 32, colorType: 6 });
  });

  test('a placeholder without a value or a bad bot id is refused with the variable named', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's own placeholder syntax.
    expect(() => fillPlaceholders('{"id":"${{TEAMS_APP_ID}}"}', {})).toThrow(/TEAMS_APP_ID/);
    expect(() => readManifestVariables({ MicrosoftAppId: 'my-bot', APP_VERSION: '1.0.0' })).toThrow(
      /MicrosoftAppId/,
    );
    expect(() =>
      readManifestVariables({
        MicrosoftAppId: appId,
        APP_VERSION: '1.0.0',
        TEAMS_APP_PRIVACY_URL: 'http://x.test',
      }),
    ).toThrow(/TEAMS_APP_PRIVACY_URL/);
  });

  test('npm run manifest writes a zip with manifest, translations and icons at its root', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ieb-manifest-'));
    try {
      const script = join(manifestDir, '..', '..', 'scripts', 'manifest.ts');
      const env = {
        PATH: process.env.PATH,
        MicrosoftAppId: appId,
        TEAMS_APP_WEBSITE_URL: 'https://it.contoso.test/bot',
      };
      await promisify(execFile)(process.execPath, [script, '--out', out], { env });
      const zip = unzipSync(readFileSync(join(out, 'app.zip')));
      expect(Object.keys(zip).sort()).toEqual([
        'color.png',
        'fr.json',
        'manifest.json',
        'outline.png',
        'sv.json',
        'zh-CN.json',
      ]);
      expect(json(zip['manifest.json']).developer).toMatchObject({
        websiteUrl: 'https://it.contoso.test/bot',
        privacyUrl: 'https://it.contoso.test/bot',
      });
      expect(readPngHeader(zip['outline.png'] ?? new Uint8Array()).width).toBe(32);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('asks for channel messages of the team it is added to only (RSC), tied to the bot registration', () => {
    const manifest = json(buildAppPackageFiles(vars)['manifest.json']) as {
      authorization?: { permissions?: { resourceSpecific?: unknown[] } };
      webApplicationInfo?: { id?: string };
    };
    expect(manifest.authorization?.permissions?.resourceSpecific).toEqual([
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
    ]);
    expect(manifest.webApplicationInfo?.id).toBe(appId);
  });

  test("the organization's app name replaces ours in every language", () => {
    const files = buildAppPackageFiles(
      readManifestVariables({
        MicrosoftAppId: appId,
        APP_VERSION: '1.0.0',
        TEAMS_APP_NAME: 'Contoso Enroll',
      }),
    );
    expect(json(files['manifest.json']).name).toEqual({ short: 'Contoso Enroll', full: 'Contoso Enroll' });
    for (const name of ['sv.json', 'fr.json', 'zh-CN.json']) {
      expect(json(files[name])).toMatchObject({
        'name.short': 'Contoso Enroll',
        'name.full': 'Contoso Enroll',
      });
    }
    // Without one, each language keeps its translated name.
    expect(json(buildAppPackageFiles(vars)['sv.json'])['name.short']).toBe('Registreringsassistent');
    expect(() =>
      readManifestVariables({ MicrosoftAppId: appId, APP_VERSION: '1.0.0', TEAMS_APP_NAME: 'x'.repeat(31) }),
    ).toThrow(/TEAMS_APP_NAME/);
  });

  test('a production build refuses the project name and Microsoft Learn as developer, privacy and terms', () => {
    const production = { MicrosoftAppId: appId, APP_VERSION: '1.0.0', NODE_ENV: 'production' };
    const attempt = (extra: Record<string, string>) => () =>
      readManifestVariables({ ...production, ...extra });
    expect(attempt({})).toThrow(
      /TEAMS_APP_DEVELOPER_NAME[\s\S]*TEAMS_APP_WEBSITE_URL[\s\S]*TEAMS_APP_PRIVACY_URL[\s\S]*TEAMS_APP_TERMS_URL/,
    );
    const own = {
      TEAMS_APP_DEVELOPER_NAME: 'Contoso IT',
      TEAMS_APP_WEBSITE_URL: 'https://it.contoso.test/enroll',
      TEAMS_APP_PRIVACY_URL: 'https://contoso.test/privacy',
      TEAMS_APP_TERMS_URL: 'https://contoso.test/terms',
    };
    // Microsoft's pages typed in by hand are refused too; only the one pointing there is named.
    const refused = attempt({ ...own, TEAMS_APP_PRIVACY_URL: 'https://learn.microsoft.com/legal/privacy' });
    expect(refused).toThrow(/TEAMS_APP_PRIVACY_URL/);
    expect(refused).not.toThrow(/TEAMS_APP_TERMS_URL/);
    expect(readManifestVariables({ ...production, ...own })).toMatchObject({
      TEAMS_APP_DEVELOPER_NAME: 'Contoso IT',
      TEAMS_APP_PRIVACY_URL: 'https://contoso.test/privacy',
    });
  });

  test('npm run manifest says first what it needs, and without .env says nothing about one', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ieb-manifest-'));
    try {
      const script = join(manifestDir, '..', '..', 'scripts', 'manifest.ts');
      const run = promisify(execFile)(process.execPath, [script, '--out', cwd], {
        env: { PATH: process.env.PATH },
        cwd,
      });
      const failed = (await run.catch((e: unknown) => e)) as { code: number; stdout: string; stderr: string };
      expect(failed.code).toBe(1);
      expect(failed.stdout.split('\n').slice(0, 2).join(' ')).toMatch(/Needs: MicrosoftAppId/);
      expect(failed.stdout + failed.stderr).not.toMatch(/\.env not found/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  test('npm run manifest in production exits non-zero with the variables to set, and writes nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ieb-manifest-'));
    try {
      const script = join(manifestDir, '..', '..', 'scripts', 'manifest.ts');
      const env = { PATH: process.env.PATH, MicrosoftAppId: appId, NODE_ENV: 'production' };
      const run = promisify(execFile)(process.execPath, [script, '--out', out], { env });
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/TEAMS_APP_PRIVACY_URL/),
      });
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
