import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toBlocks } from '../../../../src/core/knowledge/blocks.ts';
import type { Block } from '../../../../src/core/knowledge/entry.ts';
import { plainText } from '../../../../src/core/knowledge/inline.ts';
import { linkContext } from './fixtures.ts';

const parse = (md: string): RootContent[] => unified().use(remarkParse).use(remarkGfm).parse(md).children;
const blocks = (md: string): Block[] => toBlocks(parse(md), linkContext());
const only = <K extends Block['kind']>(list: Block[], kind: K) =>
  list.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

describe('article blocks', () => {
  it('types DocFX callouts by their marker and drops the marker', () => {
    const notes = only(
      blocks('> [!NOTE]\n> Changes take 72 hours.\n\n> [!IMPORTANT]\n> Renew, do not replace.'),
      'note',
    );
    expect(notes.map((n) => [n.level, plainText(n.paragraphs[0] ?? [])])).toEqual([
      ['note', 'Changes take 72 hours.'],
      ['important', 'Renew, do not replace.'],
    ]);
  });

  it('reads the older bold lead-in form of a note', () => {
    const [note] = only(blocks('> **Note**: Devices may take an hour.'), 'note');
    expect(note?.level).toBe('note');
    expect(plainText(note?.paragraphs[0] ?? [])).toBe('Devices may take an hour.');
  });

  it('joins a marker-only quote with the quote after the blank line', () => {
    const list = blocks('> [!NOTE]\n\n> You can avoid the cap.\n>\n> Conditional Access still applies.');
    expect(list).toHaveLength(1);
    const [note] = only(list, 'note');
    expect(note?.paragraphs.map(plainText)).toEqual([
      'You can avoid the cap.',
      'Conditional Access still applies.',
    ]);
  });

  it('strips the quote marker of lazily continued note lines', () => {
    const [note] = only(
      blocks(' > [!NOTE]\n    > This error can also occur. Follow\n    the steps below.'),
      'note',
    );
    expect(plainText(note?.paragraphs[0] ?? [])).toBe('This error can also occur. Follow the steps below.');
  });

  it('keeps a note inside a numbered step with that step', () => {
    const [list] = only(
      blocks('1. Check devices.\n    > [!NOTE]\n    > Portal devices count too.\n2. Re-enroll.'),
      'list',
    );
    expect(list?.items).toHaveLength(2);
    expect(list?.items[0]?.blocks.map((b) => b.kind)).toEqual(['note']);
  });

  it('keeps tables with their header and rows', () => {
    const [table] = only(
      blocks('|TYPE|Host name|\n|---|---|\n|CNAME|EnterpriseEnrollment.contoso.com|'),
      'table',
    );
    expect(table?.header.map(plainText)).toEqual(['TYPE', 'Host name']);
    expect(table?.rows.map((r) => r.map(plainText))).toEqual([['CNAME', 'EnterpriseEnrollment.contoso.com']]);
  });

  it('moves a language written on the first line of a fence back to the language', () => {
    const [code] = only(blocks('```\nasciidoc\nmobileassetd[83] <Notice>: XPC_TYPE_ERROR\n```'), 'code');
    expect(code).toEqual({
      kind: 'code',
      language: 'asciidoc',
      code: 'mobileassetd[83] <Notice>: XPC_TYPE_ERROR',
    });
  });

  it('rejoins a numbered list split by under-indented screenshots, keeping each image with its step', () => {
    const md =
      '1. Launch Smart Manager.\n\n  ![Smart Manager icon](./media/icon.png)\n\n2. Choose Battery.\n\n  ![Battery tile](./media/battery.png)\n';
    const [list, ...rest] = blocks(md);
    expect(rest).toEqual([]);
    expect(list?.kind).toBe('list');
    const items = list?.kind === 'list' ? list.items : [];
    expect(items.map((s) => plainText(s.text))).toEqual(['Launch Smart Manager.', 'Choose Battery.']);
    expect(items[1]?.blocks).toEqual([
      {
        kind: 'image',
        alt: 'Battery tile',
        src: 'https://learn.microsoft.com/en-us/mem/intune/enrollment/media/battery.png',
      },
    ]);
  });

  it('keeps sub-steps under their step', () => {
    const [list] = only(
      blocks('1. Disable iOS.\n\t1. Right-click the subscription.\n\t1. Uncheck the box.\n1. Restart.'),
      'list',
    );
    expect(list?.items.map((s) => [plainText(s.text), s.substeps.map((x) => plainText(x.text))])).toEqual([
      ['Disable iOS.', ['Right-click the subscription.', 'Uncheck the box.']],
      ['Restart.', []],
    ]);
  });

  it('drops HTML comments and keeps bold, code and absolute links as styled runs', () => {
    const list = blocks(
      '<!--- hidden --->\n\nChoose **Devices** > `Sync` in [the portal](apple-mdm-push-certificate-get.md#renew).',
    );
    expect(list).toEqual([
      {
        kind: 'paragraph',
        text: [
          { text: 'Choose ' },
          { text: 'Devices', style: 'bold' },
          { text: ' > ' },
          { text: 'Sync', style: 'code' },
          { text: ' in ' },
          {
            text: 'the portal',
            href: 'https://learn.microsoft.com/en-us/mem/intune/enrollment/apple-mdm-push-certificate-get#renew',
          },
          { text: '.' },
        ],
      },
    ]);
  });
});
