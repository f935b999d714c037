import { ConfigError, describeConfig, loadConfig } from '../../../src/config.ts';

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
  test('runs locally with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, MicrosoftAppType: 'SingleTenant', SLACK_COMMAND: '/intune' });
    expect(describeConfig(config)).toMatchObject({ teams: 'local mode (no authentication)', slack: 'off' });
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
});
