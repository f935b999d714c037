import { codeOf } from '../errors.ts';
import type { QuestionId } from '../interview/questions.ts';
import type { DocumentStore } from '../ports/document-store.ts';
import type { Logger } from '../ports/logger.ts';

/**
 * Which message holds the question card a conversation waits on, so that an answer typed instead of
 * pressed rewrites that card as a press would. Kept in the store beside the conversation, so whichever
 * instance takes the next turn finds it. Only the latest card matters: a plain write, last one wins.
 * A failure is logged and forgotten: the card then stays as it was, nothing else is lost.
 */
export type QuestionCards = {
  /** The channel posted the card asking `question` as message `messageId`. */
  remember(key: string, question: QuestionId, messageId: string): Promise<void>;
  /** The message of the card that asked `question` last in this conversation, if known. */
  find(key: string, question: QuestionId): Promise<string | undefined>;
};

type QuestionCardDoc = { question?: unknown; messageId?: unknown };

const documentKey = (key: string) => `${key}/question-card`;

export function createQuestionCards(store: DocumentStore, logger: Logger): QuestionCards {
  return {
    async remember(key, question, messageId) {
      try {
        await store.write({ [documentKey(key)]: { question, messageId } });
      } catch (error) {
        logger.warn('question-card.remember-failed', { code: codeOf(error) });
      }
    },
    async find(key, question) {
      try {
        const doc = (await store.read([documentKey(key)]))[documentKey(key)] as QuestionCardDoc | undefined;
        return doc?.question === question && typeof doc.messageId === 'string' ? doc.messageId : undefined;
      } catch (error) {
        logger.warn('question-card.find-failed', { code: codeOf(error) });
        return undefined;
      }
    },
  };
}
