import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import {
  ConfigError,
  describeConfig,
  listenHost,
  loadConfig,
  loadDotEnvFile,
  parseEncryptionKey,
} from '../../../src/config.ts';

const root = new URL('../../../', import.meta.url);

const message = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
};

describe('configuration', () => {
  test('local mode listens on loopback unless HOST says otherwise; with an app id on every interface', () => {
    const appId = {
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'tenant',
    };
    expect(listenHost(loadConfig({}))).toBe('127.0.0.1');
    expect(listenHost(loadConfig({ HOST: ' ' }))).toBe('127.0.0.1');
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
    expect(listenHost(loadConfig(appId))).toBeUndefined();
    expect(listenHost(loadConfig({ ...appId, HOST: '10.1.2.3' }))).toBe('10.1.2.3');
  });

  test('runs locally with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, MicrosoftAppType: 'SingleTenant', SLACK_COMMAND: '/intune' });
    expect(describeConfig(config)).toMatchObject({ teams: 'local mode (no authentication)', slack: 'off' });
  });

  test('`cp .env.example .env` starts as it is: an empty value means "not set", for every variable', () => {
    const env = parseEnv(readFileSync(new URL('.env.example', root), 'utf8')) as Record<string, string>;
    expect(Object.values(env).some((v) => v === '')).toBe(true);
    expect(message(env)).toBe('');
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ', SLACK_API_URL: '' })).toMatchObject({
      PORT: 3978,
      LOG_LEVEL: 'info',
    });
  });

  test('no npm script says ".env not found": .env is read by the code, and only when it exists', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // Node's --env-file-if-exists prints ".env not found. Continuing without it." on every run without one.
    expect(Object.entries(pkg.scripts).filter(([, cmd]) => /--env-file/.test(cmd))).toEqual([]);
    expect(() => loadDotEnvFile('no-such-dir/.env')).not.toThrow();
  });

  test('production needs MicrosoftAppId even when only Slack is configured', () => {
    expect(message({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toMatch(
      /MicrosoftAppId: is required in production/,
    );
  });

  test('names every bad variable at once', () => {
    const text = message({ PORT: 'eighty', MicrosoftAppId: 'id', SLACK_APP_TOKEN: 'xoxb-wrong' });
    expect(text).toMatch(/PORT/);
    expect(text).toMatch(/MicrosoftAppPassword: is required when MicrosoftAppId is set/);
    expect(text).toMatch(/MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant/);
    expect(text).toMatch(/SLACK_APP_TOKEN: must be an app-level token/);
  });

  test('empty values count as unset, and the summary never shows a secret', () => {
    const config = loadConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'p4ssw0rd-secret',
      MicrosoftAppTenantId: 'tenant',
      SLACK_BOT_TOKEN: '',
    });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(JSON.stringify(describeConfig(config))).not.toContain('p4ssw0rd');
  });

  test('conversations are kept 30 days unless set; zero or a fraction is refused, not read as "never"', () => {
    expect(loadConfig({}).CONVERSATION_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ CONVERSATION_RETENTION_DAYS: '' }).CONVERSATION_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ CONVERSATION_RETENTION_DAYS: '7' }).CONVERSATION_RETENTION_DAYS).toBe(7);
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: '0' })).toThrow(/CONVERSATION_RETENTION_DAYS/);
    expect(() => loadConfig({ CONVERSATION_RETENTION_DAYS: '1.5' })).toThrow(/CONVERSATION_RETENTION_DAYS/);
  });

  test('DATABASE_URL picks PostgreSQL; the summary names the server but not the password', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://bot:s3cr3t-pw@db.example.net:5432/bot?sslmode=require',
    });
    expect(config.DATABASE_URL).toMatch(/^postgres:/);
    const summary = JSON.stringify(describeConfig(config));
    expect(summary).toContain('db.example.net');
    expect(summary).not.toContain('s3cr3t-pw');
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  test.each([
    ['another scheme', 'mysql://bot:s3cr3t-pw@db.example.net/bot'],
    ['not a URL at all', 'postgres://bot:s3cr3t pw@db example/bot'],
    ['a host missing', 'postgres://bot:s3cr3t-pw@/bot'],
  ])('a bad DATABASE_URL (%s) is named without its password', (_name, url) => {
    const text = message({ DATABASE_URL: url });
    expect(text).toMatch(/DATABASE_URL: /);
    expect(text).not.toContain('s3cr3t');
  });
});

describe('Slack installs into any workspace (OAuth)', () => {
  const oauth = {
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'secret',
    SLACK_STATE_SECRET: 'state',
    SLACK_SIGNING_SECRET: 'signing',
  };
  const production = {
    NODE_ENV: 'production',
    MicrosoftAppId: 'app',
    MicrosoftAppPassword: 'p',
    MicrosoftAppTenantId: 't',
  };
  const key = Buffer.alloc(32, 7).toString('base64');

  test('refuses to start in production without a key for the stored tokens, and names the fix', () => {
    expect(message({ ...production, ...oauth })).toMatch(
      /INSTALLATION_ENCRYPTION_KEY: is required in production.*openssl rand -base64 32/,
    );
    const config = loadConfig({ ...production, ...oauth, INSTALLATION_ENCRYPTION_KEY: key });
    expect(describeConfig(config).slack).toMatch(/OAuth/);
    expect(JSON.stringify(describeConfig(config))).not.toContain(key);
  });

  test('a key must be 32 bytes', () => {
    expect(message({ ...oauth, INSTALLATION_ENCRYPTION_KEY: 'short' })).toMatch(
      /INSTALLATION_ENCRYPTION_KEY: must be 32 bytes/,
    );
    expect(parseEncryptionKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseEncryptionKey(key)).toHaveLength(32);
  });

  test('needs the secret and the state secret, and no pasted token beside it', () => {
    const text = message({ SLACK_CLIENT_ID: '111.222', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(text).toMatch(/SLACK_CLIENT_SECRET: is required/);
    expect(text).toMatch(/SLACK_STATE_SECRET: is required/);
    expect(text).toMatch(/SLACK_SIGNING_SECRET: is required when SLACK_CLIENT_ID/);
    expect(text).toMatch(/SLACK_BOT_TOKEN: must be empty/);
  });
});
