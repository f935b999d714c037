import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const localizationSchema = JSON.parse(
  readFileSync(
    join(
      manifestDir,
      '../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json',
    ),
    'utf8',
  ),
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
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.id).toBe(appId);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots?.[0]).toMatchObject({ botId: appId, scopes: ['personal', 'team', 'groupChat'] });
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
});
