import { describe, expect, it } from '@jest/globals';
import type { types } from '@slack/bolt';
import { choiceValues, questionIds } from '../../../../src/core/interview/questions.ts';
import { supportedLocales } from '../../../../src/core/knowledge/entry.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import type { SlackAddress } from '../../../../src/slack/address.ts';
import {
  buildInterviewModal,
  decodeMetadata,
  encodeMetadata,
  readInterviewSubmission,
} from '../../../../src/slack/views/interview-modal.ts';

const translator = createTranslator();
const to: SlackAddress = {
  mode: 'ephemeral',
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  responseUrl: `https://hooks.slack.com/commands/T1/${'9'.repeat(40)}/${'x'.repeat(40)}`,
};

function inputs(view: types.ModalView) {
  return view.blocks.filter((b): b is types.InputBlock => b.type === 'input');
}

describe('interview modal', () => {
  it.each(supportedLocales)(
    'offers an optional screenshot field under the error text, labelled in the user language, when pictures are read (%s)',
    (locale) => {
      const view = buildInterviewModal({ to, locale }, {}, translator.forLocale(locale), {
        screenshot: true,
      });
      const blocks = inputs(view);
      const i = blocks.findIndex((b) => b.block_id === 'errorText');
      const picture = blocks[i + 1];
      expect(picture?.element).toMatchObject({
        type: 'file_input',
        filetypes: ['png', 'jpg', 'jpeg'],
        max_files: 1,
      });
      expect(picture?.optional).toBe(true);
      expect(picture?.label.text).toBe(translator.forLocale(locale)('screenshot:modal-label'));
      // The text may then be left empty: the picture can stand in for it.
      expect(blocks[i]?.optional).toBe(true);
    },
  );

  it('has no screenshot field, and requires the text, when pictures are not read', () => {
    const view = buildInterviewModal({ to, locale: 'en' }, {}, translator.forLocale('en'));
    expect(JSON.stringify(view)).not.toContain('file_input');
    expect(inputs(view).find((b) => b.block_id === 'errorText')?.optional).toBeUndefined();
  });

  it.each(supportedLocales)(
    'asks the eight questions with every label translated and within limits (%s)',
    (locale) => {
      const view = buildInterviewModal({ to, locale }, {}, translator.forLocale(locale));
      expect(inputs(view).map((b) => b.block_id)).toEqual([...questionIds]);
      for (const text of [view.title, view.submit, view.close])
        expect(text?.text.length).toBeLessThanOrEqual(24);
      for (const block of inputs(view)) {
        // A missing translation would show the key itself.
        expect(block.label.text).not.toMatch(/^interview:|questions\./);
        if (block.element.type === 'static_select') {
          const q = block.block_id as keyof typeof choiceValues;
          const values = block.element.options?.map((o) => o.value);
          expect(values).toEqual([...choiceValues[q], 'unknown']);
          for (const o of block.element.options ?? []) {
            expect(o.text.text.length).toBeLessThanOrEqual(75);
            expect(o.text.text).not.toContain('choices.');
          }
        }
      }
      expect(JSON.stringify(view).length).toBeLessThan(250_000);
      expect(view.private_metadata?.length).toBeLessThanOrEqual(3000);
    },
  );

  it('prefills what the user already said', () => {
    const view = buildInterviewModal(
      { to, locale: 'en' },
      { errorText: 'Device cap reached', platform: 'ios', history: 'unknown' },
      translator.forLocale('en'),
    );
    const byId = Object.fromEntries(inputs(view).map((b) => [b.block_id, b.element]));
    expect(byId.errorText).toMatchObject({ initial_value: 'Device cap reached' });
    expect(byId.platform).toMatchObject({ initial_option: { value: 'ios' } });
    expect(byId.history).toMatchObject({ initial_option: { value: 'unknown' } });
    expect(byId.usersAffected).not.toHaveProperty('initial_option');
  });

  it('carries where to answer through private_metadata and refuses tampered metadata', () => {
    expect(decodeMetadata(encodeMetadata({ to, locale: 'sv' }))).toEqual({
      to: { ...to, threadTs: undefined },
      locale: 'sv',
    });
    expect(decodeMetadata('not json')).toBeUndefined();
    expect(
      decodeMetadata(JSON.stringify({ m: 'ephemeral', t: 'T1', c: 'C1', u: 'U1', l: 'de' })),
    ).toBeUndefined();
    expect(
      decodeMetadata(JSON.stringify({ m: 'broadcast', t: 'T1', c: 'C1', u: 'U1', l: 'en' })),
    ).toBeUndefined();
  });
});

describe('reading a submitted interview', () => {
  const t = translator.forLocale('sv');
  const text = (value: string | null) => ({ errorText: { errorText: { value } } });
  const select = (q: string, value: string | null) => ({
    [q]: { [q]: { selected_option: value ? { value } : null } },
  });

  it('keeps chosen values, "don\'t know" as unknown, and leaves untouched questions unset', () => {
    const result = readInterviewSubmission(
      {
        ...text(' 0x80CF0437 '),
        ...select('platform', 'windows'),
        ...select('history', 'unknown'),
        ...select('mdmAuthority', null),
      },
      t,
    );
    expect(result).toEqual({
      ok: true,
      answers: { errorText: '0x80CF0437', platform: 'windows', history: 'unknown' },
    });
  });

  it('drops a value that is not one of the question choices', () => {
    const result = readInterviewSubmission(
      { ...text('Device cap reached'), ...select('platform', 'amiga') },
      t,
    );
    expect(result).toEqual({ ok: true, answers: { errorText: 'Device cap reached' } });
  });

  it('takes a screenshot in place of the text, to be read after the form closes', () => {
    const file = { mimetype: 'image/png', url_private: 'https://files.slack.com/files-pri/T1-F1/a.png' };
    const result = readInterviewSubmission(
      { ...text(null), screenshot: { screenshot: { files: [file] } } },
      t,
    );
    expect(result).toEqual({ ok: true, answers: { errorText: '' }, screenshot: file });
  });

  it('answers an empty error text in the user language, on the field', () => {
    expect(readInterviewSubmission(text('  '), t)).toEqual({
      ok: false,
      errors: { errorText: 'Klistra in felmeddelandet eller beskriv vad som händer under registreringen.' },
    });
    expect(readInterviewSubmission(text(null), t).ok).toBe(false);
  });
});
