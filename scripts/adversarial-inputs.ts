// Inputs that once stalled the bot or could: one endless word, huge pastes, many codes, emoji, Chinese
// without spaces, mixed scripts, whitespace runs. Used by `npm run bench` (worst turn time) and by the
// bounded-work tests. Deterministic: the same strings on every run.

/** A small deterministic generator (mulberry32), so the inputs are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function letters(random: () => number, n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz'): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

const enrollmentWords = [
  'enrollment',
  'enrolment',
  'device',
  'profile',
  'installation',
  'failed',
  'company',
  'portal',
  'certificate',
  'autopilot',
  'managed',
  'supervised',
  'registration',
  'inscription',
  'registrering',
  '注册',
  '设备',
];

/** Every adversarial input, by name. */
export function adversarialInputs(): { name: string; text: string }[] {
  const random = seeded(9);
  const typo = (w: string) => {
    const i = Math.floor(random() * w.length);
    return w.slice(0, i) + letters(random, 2) + w.slice(i + 1);
  };
  const han = () => String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000));
  const emoji = () => String.fromCodePoint(0x1f300 + Math.floor(random() * 0x300));
  const scripts = [
    () => letters(random, 1),
    han,
    emoji,
    () => String.fromCodePoint(0x0400 + Math.floor(random() * 0xff)),
    () => String.fromCodePoint(0x0600 + Math.floor(random() * 0xff)),
    () => 'é',
    () => '\u0301',
    () => '_',
  ];
  const mixed = (n: number) => Array.from({ length: n }, () => pick(random, scripts)()).join('');
  const hex = () => `0x${(0x80000000 + Math.floor(random() * 0x7fffffff)).toString(16).toUpperCase()}`;
  return [
    { name: '1,000 letters, no spaces', text: letters(random, 1_000) },
    { name: '8,000 letters, no spaces', text: letters(random, 8_000) },
    { name: '100,000 letters, no spaces', text: letters(random, 100_000) },
    { name: 'camelCase token of 20,000 characters', text: 'DeviceCapReached'.repeat(1_250) },
    { name: 'snake_case token of 20,000 characters', text: 'XPC_TYPE_ERROR_'.repeat(1_334) },
    {
      name: '10,000 misspelt words',
      text: Array.from({ length: 10_000 }, () => typo(pick(random, enrollmentWords))).join(' '),
    },
    {
      name: '10,000 random words of 6–30 letters',
      text: Array.from({ length: 10_000 }, () => letters(random, 6 + Math.floor(random() * 25))).join(' '),
    },
    {
      name: '2 MB log paste',
      text: Array.from(
        { length: 20_000 },
        (_, i) => `2026-11-29 08:${String(i % 60).padStart(2, '0')} ERROR ${letters(random, 90)} ${hex()}`,
      ).join('\n'),
    },
    { name: '5,000 error codes', text: Array.from({ length: 5_000 }, hex).join(' ') },
    { name: '5,000 documented codes', text: '0x80CF0437 0x80180014 XPC_TYPE_ERROR '.repeat(1_700) },
    { name: '50,000 emoji', text: Array.from({ length: 50_000 }, emoji).join('') },
    { name: '100,000 Chinese characters, no spaces', text: Array.from({ length: 100_000 }, han).join('') },
    { name: 'mixed scripts in one word, 50,000 characters', text: mixed(50_000) },
    { name: '100,000 spaces then a letter', text: `${' '.repeat(100_000)}x` },
    { name: '100,000 tabs and spaces, no line break', text: ' \t'.repeat(50_000) },
    { name: '50,000 line breaks', text: 'x\n'.repeat(50_000) },
    { name: '50,000 apostrophes and ampersands', text: "l' & n't ".repeat(6_000) },
  ];
}
