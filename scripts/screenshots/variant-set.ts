// Dev-only: pictures drawn with other parameters than the accuracy set's, so the reader is not tuned to
// one generator: another blur and scale, dark mode, a laptop photographed at an angle with moiré, a
// full-resolution iPhone screenshot, a chat-compressed JPEG, a 12 MP photo stored sideways with its
// EXIF orientation, a dialog over a page of other text, and messages in another language than the
// user's. `npm run bench -- --screenshots --variants` reads them.
import type { Canvas } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import type { KnowledgeBase, Locale } from '../../src/core/knowledge/entry.ts';
import { drawMessage, type Message, type PhotoOptions, photograph } from './draw.ts';
import { asMessage, type Sample } from './screenshot-set.ts';

type Variant = {
  name: string;
  /** The entry whose title is drawn, and the language it is drawn in. */
  entry: string;
  drawn: Locale;
  /** The language of the conversation the picture is sent in. */
  locale?: Locale;
  image(m: Message, seed: number): Promise<Uint8Array>;
};

const desktopPhoto = (m: Message, seed: number, options: PhotoOptions) =>
  photograph(drawMessage('windows-dialog', 'desktop', m, seed), seed, options).encode('jpeg', 85);

const variants: Variant[] = [
  {
    name: 'dialog photo, blur 2 px',
    entry: 'general/error-code-0x80cf0437',
    drawn: 'en',
    image: (m, s) => desktopPhoto(m, s, { blur: 2 }),
  },
  {
    name: 'dialog photo, screen smaller (text about 9 px)',
    entry: 'general/error-code-0x80043001',
    drawn: 'en',
    image: (m, s) => desktopPhoto(m, s, { scale: 0.7, blur: 0.8 }),
  },
  {
    name: 'dialog photo, less noise, straight',
    entry: 'general/error-code-0x80070032',
    drawn: 'en',
    image: (m, s) => desktopPhoto(m, s, { angle: 0, noise: 12, blur: 1 }),
  },
  {
    name: 'laptop photo at an angle with moiré',
    entry: 'general/error-code-0x80043008',
    drawn: 'en',
    image: (m, s) => desktopPhoto(m, s, { angle: 6, perspective: 0.2, moire: 0.5, blur: 1.2 }),
  },
  {
    name: 'dark-mode dialog, screenshot',
    entry: 'general/error-code-0x80043002',
    drawn: 'en',
    image: (m, s) => drawMessage('windows-dialog-dark', 'desktop', m, s).encode('png'),
  },
  {
    name: 'dark-mode dialog, photo',
    entry: 'general/error-code-0x80043005',
    drawn: 'en',
    image: (m, s) =>
      photograph(drawMessage('windows-dialog-dark', 'desktop', m, s), s, { blur: 1 }).encode('jpeg', 85),
  },
  {
    name: 'iPhone 15 Pro Max screenshot (1290 px wide)',
    entry: 'ios/profile-installation-failed-a-network-error-has-occurred',
    drawn: 'en',
    image: (m, s) => drawMessage('ios-alert', 'phone', m, s, 1290 / 828).encode('png'),
  },
  {
    name: 'iPhone dark mode (1179 px wide)',
    entry: 'ios/device-cap-reached',
    drawn: 'en',
    image: (m, s) => drawMessage('ios-alert-dark', 'phone', m, s, 1179 / 828).encode('png'),
  },
  {
    name: 'chat-compressed JPEG (quality 35, three quarters size)',
    entry: 'ios/workplace-join-failed',
    drawn: 'en',
    image: (m, s) => resized(drawMessage('company-portal', 'phone', m, s), 0.75).encode('jpeg', 35),
  },
  {
    name: 'chat-compressed dialog (quality 40)',
    entry: 'general/error-code-0x8024d015',
    drawn: 'en',
    image: (m, s) => drawMessage('windows-dialog', 'desktop', m, s).encode('jpeg', 40),
  },
  {
    name: '12 MP photo stored sideways (EXIF orientation 6)',
    entry: 'general/error-code-0x80070032',
    drawn: 'en',
    image: async (m, s) => {
      const photo = photograph(drawMessage('windows-dialog', 'desktop', m, s), s, { size: 2.52, blur: 3 });
      // 4032 × 3024, the screen in the middle of the desk.
      const camera = createCanvas(4032, 3024);
      const ctx = camera.getContext('2d');
      ctx.fillStyle = '#2a2622';
      ctx.fillRect(0, 0, camera.width, camera.height);
      ctx.drawImage(photo, 0, (camera.height - photo.height) / 2);
      return withOrientation6(await sideways(camera).encode('jpeg', 80));
    },
  },
  {
    name: 'dialog over a page of other text',
    entry: 'general/error-code-0x80043003',
    drawn: 'en',
    image: (m, s) => drawMessage('windows-dialog-busy', 'desktop', m, s).encode('png'),
  },
  {
    name: 'photo of a dialog over a page of other text',
    entry: 'general/error-code-0xab2',
    drawn: 'en',
    image: (m, s) => photograph(drawMessage('windows-dialog-busy', 'desktop', m, s), s).encode('jpeg', 85),
  },
  {
    name: 'French alert sent in an English conversation',
    entry: 'ios/noenrollmentpolicy',
    drawn: 'fr',
    locale: 'en',
    image: (m, s) => drawMessage('ios-alert', 'phone', m, s).encode('png'),
  },
  {
    name: 'Chinese alert sent in a Swedish conversation',
    entry: 'ios/device-cap-reached',
    drawn: 'zh-CN',
    locale: 'sv',
    image: (m, s) => drawMessage('ios-alert', 'phone', m, s).encode('png'),
  },
  {
    name: 'English dialog photo sent in a Chinese conversation',
    entry: 'general/error-code-0x80cf0437',
    drawn: 'en',
    locale: 'zh-CN',
    image: (m, s) => desktopPhoto(m, s, {}),
  },
];

function resized(source: Canvas, factor: number): Canvas {
  const out = createCanvas(Math.round(source.width * factor), Math.round(source.height * factor));
  out.getContext('2d').drawImage(source, 0, 0, out.width, out.height);
  return out;
}

/** The picture turned a quarter to the left: how a camera stores a photo that EXIF orientation 6 shows upright. */
function sideways(source: Canvas): Canvas {
  const out = createCanvas(source.height, source.width);
  const ctx = out.getContext('2d');
  ctx.translate(0, source.width);
  ctx.rotate(-Math.PI / 2);
  ctx.drawImage(source, 0, 0);
  return out;
}

/** Inserts an EXIF segment saying "rotate 90° clockwise to show" (orientation 6) after the JPEG's start marker. */
function withOrientation6(jpeg: Uint8Array): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  const body = [...new TextEncoder().encode('Exif\0\0'), ...tiff];
  const segment = [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

export function buildVariantSet(kb: KnowledgeBase): Sample[] {
  return variants.flatMap((v, i) => {
    const entry = kb.entries.find((e) => e.id === v.entry);
    const title = entry?.locales[v.drawn]?.title;
    if (!title) return [];
    return [
      {
        name: v.name,
        kind: v.name,
        locale: v.locale ?? v.drawn,
        messageLocale: v.drawn,
        message: title,
        entryId: v.entry,
        image: () => v.image(asMessage(title), 900 + i),
      },
    ];
  });
}
