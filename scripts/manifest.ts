/**
 * Builds the Teams app package: `npm run manifest` fills manifest/teams/manifest.json from the
 * environment (.env is read), validates it against the bundled schema and writes
 * manifest/teams/build/app.zip (or `--out <dir>`) for "Upload a custom app". `--icons` redraws
 * color.png and outline.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { loadDotEnvFile } from '../src/config.ts';
import {
  buildAppPackageFiles,
  ManifestError,
  manifestDir,
  readManifestVariables,
  renderIcons,
} from '../src/teams/app-package/manifest.ts';

loadDotEnvFile();

/** Said first, so nobody has to fail once to learn what the build reads. */
const needs =
  'Builds the Teams app package (manifest/teams/build/app.zip) from the environment or .env.\n' +
  '  Needs: MicrosoftAppId, the Application (client) id of your Azure Bot (a GUID).\n' +
  '  Optional: TEAMS_APP_ID, TEAMS_APP_NAME, TEAMS_APP_FULL_NAME, TEAMS_APP_DEVELOPER_NAME,\n' +
  '  TEAMS_APP_WEBSITE_URL, TEAMS_APP_PRIVACY_URL, TEAMS_APP_TERMS_URL (required with NODE_ENV=production).\n';

async function main(): Promise<void> {
  process.stdout.write(needs);
  if (process.argv.includes('--icons')) {
    for (const [file, png] of Object.entries(renderIcons())) writeFileSync(join(manifestDir, file), png);
    process.stdout.write('Icons written to manifest/teams/\n');
  }
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const vars = readManifestVariables({ APP_VERSION: pkg.version, ...process.env });
  const files = buildAppPackageFiles(vars);
  const manifest = JSON.parse(Buffer.from(files['manifest.json'] ?? '').toString('utf8')) as TeamsManifest;
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (errors.length)
    throw new ManifestError(`manifest.json does not match its schema:\n  ${errors.join('\n  ')}`);
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag > 0 ? (process.argv[outFlag + 1] ?? '.') : join(manifestDir, 'build');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'manifest.json'), files['manifest.json'] ?? '');
  writeFileSync(join(out, 'app.zip'), zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  process.stdout.write(
    `Wrote ${join(out, 'app.zip')} (bot ${vars.MicrosoftAppId}, app ${vars.TEAMS_APP_ID}, version ${vars.APP_VERSION}).\n` +
      'Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.\n',
  );
  const unset = ['DEVELOPER_NAME', 'WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL']
    .map((name) => `TEAMS_APP_${name}`)
    .filter((key) => !process.env[key]?.trim());
  if (unset.length) {
    process.stdout.write(
      `Note: ${unset.join(', ')} not set: the package names the project and links Microsoft Learn instead. ` +
        'Set them before publishing; with NODE_ENV=production the build refuses these defaults.\n',
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
