import fc from 'fast-check';
import { adversarialInputs } from '../../../scripts/adversarial-inputs.ts';
import { loadConversationEngine } from '../../../src/content/load-engine.ts';
import type { ConversationState } from '../../../src/core/conversation/turn.ts';
import { createMatcher } from '../../../src/core/matcher/create-matcher.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';

/**
 * No text stalls the bot: every step of the matcher and the engine costs at most a bounded amount per
 * character. Random strings of the shapes that once blew up (one endless word, whitespace runs, tens of
 * thousands of tokens or codes, Chinese without spaces, mixed scripts) must each take well under the
 * bound. The bound is CPU time of this process, so other work on the machine does not make it flaky;
 * it is 15 times the worst case measured, and a twentieth of what one 1,000-letter word used to cost.
 */
const cpuBoundMs = 300;

const { kb, engine } = loadConversationEngine({ translator: createTranslator() });
const matcher = createMatcher(kb);
const context = { clientLocale: 'en' as const, now: '2026-11-29T08:00:00.000Z' };
const start = engine.initialState('en');
/** Waiting for an answer: the text also goes through the answer parser and the "new problem" check. */
const asking = engine.handle(start, { kind: 'text', text: 'device cap reached' }, context).state;
/** Waiting for the exact error text. */
const askingText = engine.handle(start, { kind: 'text', text: 'enrollment failed' }, context).state;

function cpuOnce(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time of the work, measured again (best of three) only when the first run is over the bound. The process's
 * CPU time includes V8's collector and compiler threads: a full collection that happens to fall in one run costs
 * hundreds of milliseconds when the machine runs other suites. Unbounded work is slow every time; a collection is not.
 */
function cpuMs(work: () => void): number {
  let best = cpuOnce(work);
  for (let again = 0; again < 2 && best >= cpuBoundMs; again++) best = Math.min(best, cpuOnce(work));
  return best;
}

const turn = (state: ConversationState, text: string) => () => {
  engine.handle(state, { kind: 'text', text }, context);
};

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéåöü');
const hexDigit = fc.constantFrom(...'0123456789ABCDEF');
const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
const anyScript = fc.oneof(
  letter,
  han,
  fc.integer({ min: 0x1f300, max: 0x1faff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x0400, max: 0x06ff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('\u0301', '_', "'", '&', '0', 'X', ' ', '\n', '\t'),
);

/**
 * The shapes of input that can cost more than their length, up to the 100 KB a message may hold.
 * `size: 'max'`: lengths spread over the whole range, not fast-check's default of small values.
 */
const hostileText = fc.oneof(
  fc.string({ unit: letter, minLength: 200, maxLength: 30_000, size: 'max' }),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', 'x', '.'), maxLength: 100_000, size: 'max' }),
  fc
    .array(fc.string({ unit: letter, minLength: 1, maxLength: 40 }), {
      minLength: 1,
      maxLength: 10_000,
      size: 'max',
    })
    .map((ws) => ws.join(' ')),
  fc
    .array(fc.string({ unit: hexDigit, minLength: 3, maxLength: 8 }), { maxLength: 5_000, size: 'max' })
    .map((cs) => cs.map((c) => `0x${c}`).join(' ')),
  fc.string({ unit: han, maxLength: 50_000, size: 'max' }),
  fc.string({ unit: anyScript, maxLength: 30_000, size: 'max' }),
  fc.string({ unit: 'binary', maxLength: 5_000, size: 'max' }),
);

const fixed = adversarialInputs().map(({ text }) => [text] as [string]);

describe('bounded work', () => {
  test('no known hostile input costs the matcher and the engine more than the bound', () => {
    for (const [text] of fixed) {
      for (const state of [start, asking, askingText]) {
        expect(cpuMs(turn(state, text))).toBeLessThan(cpuBoundMs);
      }
    }
  });

  test('random hostile text: the matcher alone (npm run match reads files of any size) stays within the bound', () => {
    fc.assert(
      fc.property(hostileText, fc.nat({ max: 20 }), (text, copies) => {
        // Up to 2 MB: the matcher caps what it scans, so size beyond that costs nothing more.
        const big = copies > 0 && text.length > 0 ? text.repeat(Math.ceil(2_000_000 / text.length)) : text;
        expect(cpuMs(() => matcher.match(big))).toBeLessThan(cpuBoundMs);
      }),
      { numRuns: 15, seed: 20261129, endOnFailure: true },
    );
  });

  test('random hostile text: every turn stays within the bound, whatever the conversation waits for', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(start, asking, askingText), (text, state) => {
        expect(cpuMs(turn(state, text))).toBeLessThan(cpuBoundMs);
      }),
      { numRuns: 30, seed: 20261129, endOnFailure: true },
    );
  });
});
