import type { Delivery } from '../../src/slack/delivery.ts';
import type { SlackMessage } from '../../src/slack/message.ts';

/** A Slack Delivery that keeps what would have been posted, each message getting its own ts. */
export function createRecordingDelivery(): { delivery: Delivery; sent: SlackMessage[] } {
  const sent: SlackMessage[] = [];
  const delivery: Delivery = {
    async replace() {
      return false;
    },
    async send(_c, _to, messages) {
      sent.push(...messages);
      return messages.map((_m, i) => `1.${sent.length + i}`);
    },
    async respond() {
      return true;
    },
  };
  return { delivery, sent };
}
