import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.ts';
import { registerActions } from './actions.ts';
import { registerCommand } from './command.ts';
import { registerErrorHandler, registerRetryFilter } from './errors.ts';
import { registerEvents } from './events.ts';
import { registerInstallationEvents } from './installations.ts';
import { registerViews } from './views.ts';

/** Every listener the Slack app has; the manifest test checks the manifest against what this registers. */
export function registerListeners(app: App, ctx: SlackContext): void {
  registerRetryFilter(app, ctx);
  registerCommand(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);
  registerEvents(app, ctx);
  registerInstallationEvents(app, ctx);
  registerErrorHandler(app, ctx);
}
