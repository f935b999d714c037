import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { App } from '@slack/bolt';
import { configSchema } from '../../../src/config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import { INTERVIEW_VIEW_ID, SLACK_BOT_EVENTS, SLACK_BOT_SCOPES } from '../../../src/slack/constants.ts';
import type { SlackContext } from '../../../src/slack/context.ts';
import { registerListeners } from '../../../src/slack/listeners/index.ts';
import { buildSlackManifest } from '../../../src/slack/manifest.ts';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../manifest/slack/${file}`, import.meta.url), 'utf8'));
const http = read('manifest.json');
const socket = read('manifest.socket-mode.json');
const defaultCommand = configSchema.parse({}).SLACK_COMMAND;

/** Records what the listeners register, the way Bolt's App would receive it. */
function registrations() {
  const seen = {
    commands: [] as unknown[],
    events: [] as unknown[],
    actions: [] as unknown[],
    views: [] as unknown[],
  };
  const app = {
    use() {},
    error() {},
    command: (c: unknown) => seen.commands.push(c),
    event: (e: unknown) => seen.events.push(e),
    action: (a: unknown) => seen.actions.push(a),
    view: (v: unknown) => seen.views.push(v),
  } as unknown as App;
  const ctx = {
    command: defaultCommand,
    translator: createTranslator(),
    logger: silentLogger,
  } as SlackContext;
  registerListeners(app, ctx);
  return seen;
}

/** Event types a listener receives for each manifest subscription. */
const listenerFor: Record<string, string> = {
  app_mention: 'app_mention',
  'message.im': 'message',
  'message.channels': 'message',
  'message.groups': 'message',
  app_uninstalled: 'app_uninstalled',
  tokens_revoked: 'tokens_revoked',
};

describe('Slack app manifest', () => {
  it('is exactly what the code generates, in HTTP and Socket Mode', () => {
    expect(http).toEqual(buildSlackManifest({ command: defaultCommand, socketMode: false }));
    expect(socket).toEqual(buildSlackManifest({ command: defaultCommand, socketMode: true }));
  });

  it('names the command, events and interactivity the listeners register', () => {
    const seen = registrations();
    expect(http.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(seen.commands);
    const events: string[] = http.settings.event_subscriptions.bot_events;
    expect([...events].sort()).toEqual([...SLACK_BOT_EVENTS].sort());
    expect([...new Set(events.map((e) => listenerFor[e]))].sort()).toEqual(
      [...(seen.events as string[])].sort(),
    );
    expect(seen.views).toEqual([INTERVIEW_VIEW_ID]);
    expect(seen.actions.length).toBeGreaterThan(0);
    expect(http.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the scopes its events and calls need', () => {
    const scopes: string[] = http.oauth_config.scopes.bot;
    expect([...scopes].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    // Each subscribed event needs its reading scope (Slack refuses the manifest otherwise).
    const needs: Record<string, string> = {
      app_mention: 'app_mentions:read',
      'message.im': 'im:history',
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
    };
    // The install lifecycle events need no scope.
    const lifecycle = ['app_uninstalled', 'tokens_revoked'];
    for (const e of http.settings.event_subscriptions.bot_events as string[])
      if (!lifecycle.includes(e)) expect(scopes).toContain(needs[e]);
    // A screenshot shared with the bot is read from `url_private`, which needs files:read.
    expect(scopes).toContain('files:read');
    expect(socket.oauth_config.scopes.bot).toContain('files:read');
  });

  it('sends an installing admin back to /slack/oauth_redirect and allows org-wide installs', () => {
    expect(http.oauth_config.redirect_urls).toEqual(['https://YOUR-PUBLIC-HOST/slack/oauth_redirect']);
    expect(http.settings.org_deploy_enabled).toBe(true);
  });

  it('points every HTTP URL at /slack/events and has none in Socket Mode', () => {
    const urls = [
      http.features.slash_commands[0].url,
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
    ];
    for (const u of urls) expect(u).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('/slack/events');
  });

  it('stays within the manifest schema limits', () => {
    const d = http.display_information;
    expect(d.name.length).toBeLessThanOrEqual(35);
    expect(d.description.length).toBeLessThanOrEqual(140);
    expect(d.long_description.length).toBeGreaterThanOrEqual(175);
    expect(d.long_description.length).toBeLessThanOrEqual(4000);
    expect(http.features.slash_commands[0].command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
    expect(http.features.app_home.messages_tab_enabled).toBe(true);
  });
});
