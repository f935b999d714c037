import type { Activity } from 'botbuilder';
import type { RenderReplies } from '../../dialogs/main-dialog.ts';
import type { Translator } from '../core/ports/translator.ts';
import { cardStrings, toTeamsActivityParts } from './render/index.ts';

/** Replies as Teams message activities: text as markdown, everything else as an Adaptive Card. */
export function createTeamsRenderer(translator: Translator): RenderReplies {
  return (replies, locale) => {
    const strings = cardStrings(translator.forLocale(locale));
    return replies.map(
      (reply): Partial<Activity> => ({ type: 'message', locale, ...toTeamsActivityParts(reply, strings) }),
    );
  };
}
