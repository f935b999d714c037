// Dev-only: draws the kinds of pictures users send of an enrollment error, with @napi-rs/canvas
// (prebuilt Skia inside the npm package). Latin text uses DejaVu Sans, Chinese a CJK font from the
// system (Debian: fonts-wqy-microhei or fonts-noto-cjk).
import { existsSync } from 'node:fs';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

const cjkFonts = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
const cjkFont = cjkFonts.find((f) => existsSync(f));
if (cjkFont) GlobalFonts.registerFromPath(cjkFont, 'CJK');
export const hasCjkFont = Boolean(cjkFont);
const family = '"DejaVu Sans", CJK, sans-serif';

export type Style =
  | 'ios-alert'
  | 'company-portal'
  | 'windows-dialog'
  | 'log-window'
  // Only in the variant set (variant-set.ts): dark mode, and a dialog over a page full of other text.
  | 'windows-dialog-dark'
  | 'ios-alert-dark'
  | 'windows-dialog-busy';
export type Size = 'phone' | 'desktop';
export type Message = { title: string; body: string; code?: string };

const sizes: Record<Size, [number, number]> = { phone: [828, 1792], desktop: [1600, 900] };

/** A seeded generator, so a run draws the same pictures each time. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const cjk = /\p{Script=Han}/u.test(text);
  const tokens = cjk ? [...text] : text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const next = line ? (cjk ? line + t : `${line} ${t}`) : t;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = t;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function paragraph(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lh: number,
  align: 'left' | 'center' = 'left',
): number {
  ctx.textAlign = align;
  for (const l of wrap(ctx, text, width)) {
    ctx.fillText(l, x, y);
    y += lh;
  }
  ctx.textAlign = 'left';
  return y;
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

function wallpaper(ctx: SKRSContext2D, w: number, h: number, rand: () => number) {
  const g = ctx.createLinearGradient(0, 0, w, h);
  const hue = Math.floor(rand() * 360);
  g.addColorStop(0, `hsl(${hue}, 60%, 45%)`);
  g.addColorStop(1, `hsl(${(hue + 80) % 360}, 55%, 30%)`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
}

const appLabels = [
  'Settings',
  'Photos',
  'Camera',
  'Mail',
  'Calendar',
  'Clock',
  'Maps',
  'Weather',
  'Notes',
  'Safari',
  'Music',
  'Files',
  'Teams',
  'Outlook',
  'Authenticator',
  'Company Portal',
];

/** A phone home screen: status bar, icons with labels, dock. */
function homeScreen(ctx: SKRSContext2D, w: number, h: number, rand: () => number) {
  wallpaper(ctx, w, h, rand);
  ctx.fillStyle = '#fff';
  ctx.font = `600 34px ${family}`;
  ctx.fillText('9:41', 60, 62);
  ctx.font = `28px ${family}`;
  ctx.fillText('LTE  87%', w - 190, 62);
  let i = Math.floor(rand() * appLabels.length);
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 4; col++) {
      const x = 60 + col * 190;
      const y = 160 + row * 230;
      ctx.fillStyle = `hsl(${Math.floor(rand() * 360)}, 70%, 55%)`;
      roundRect(ctx, x, y, 130, 130, 30);
      ctx.fillStyle = '#fff';
      ctx.font = `24px ${family}`;
      ctx.textAlign = 'center';
      ctx.fillText(appLabels[i++ % appLabels.length] ?? '', x + 65, y + 170);
      ctx.textAlign = 'left';
    }
  }
  ctx.fillStyle = 'rgba(255,255,255,0.3)';
  roundRect(ctx, 30, h - 230, w - 60, 190, 50);
}

function iosAlert(ctx: SKRSContext2D, w: number, h: number, m: Message, rand: () => number, dark = false) {
  homeScreen(ctx, w, h, rand);
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect(0, 0, w, h);
  const aw = Math.min(560, w * 0.7);
  const ax = (w - aw) / 2;
  ctx.font = `600 34px ${family}`;
  const titleLines = wrap(ctx, m.title, aw - 60).length;
  ctx.font = `28px ${family}`;
  const bodyLines = m.body ? wrap(ctx, m.body, aw - 60).length : 0;
  const ah = 60 + titleLines * 44 + bodyLines * 38 + 120;
  const ay = (h - ah) / 2;
  ctx.fillStyle = dark ? '#2c2c2e' : '#f2f2f2';
  roundRect(ctx, ax, ay, aw, ah, 28);
  ctx.fillStyle = dark ? '#fff' : '#000';
  ctx.font = `600 34px ${family}`;
  let y = paragraph(ctx, m.title, w / 2, ay + 70, aw - 60, 44, 'center');
  ctx.font = `28px ${family}`;
  if (m.body) y = paragraph(ctx, m.body, w / 2, y + 8, aw - 60, 38, 'center');
  ctx.fillStyle = dark ? '#48484a' : '#c8c8c8';
  ctx.fillRect(ax, ay + ah - 90, aw, 2);
  ctx.fillStyle = dark ? '#0a84ff' : '#0a7aff';
  ctx.font = `600 32px ${family}`;
  ctx.textAlign = 'center';
  ctx.fillText('OK', w / 2, ay + ah - 32);
  ctx.textAlign = 'left';
}

function companyPortal(ctx: SKRSContext2D, w: number, h: number, m: Message, size: Size) {
  const s = size === 'phone' ? 1 : 0.8;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#0f3b7a';
  ctx.fillRect(0, 0, w, 170 * s);
  ctx.fillStyle = '#fff';
  ctx.font = `600 ${40 * s}px ${family}`;
  ctx.fillText('Company Portal', 50, 120 * s);
  const x = size === 'phone' ? 60 : w * 0.25;
  const width = size === 'phone' ? w - 120 : w * 0.5;
  ctx.fillStyle = '#d13438';
  ctx.beginPath();
  ctx.arc(x + 40, 300 * s, 36, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.font = `bold 48px ${family}`;
  ctx.fillText('!', x + 32, 300 * s + 17);
  ctx.fillStyle = '#201f1e';
  ctx.font = `600 ${44 * s}px ${family}`;
  let y = paragraph(ctx, m.title, x, 420 * s, width, 56 * s);
  ctx.fillStyle = '#484644';
  ctx.font = `${30 * s}px ${family}`;
  if (m.body) y = paragraph(ctx, m.body, x, y + 20, width, 42 * s);
  ctx.fillStyle = '#0f6cbd';
  roundRect(ctx, x, y + 40, 220 * s, 80 * s, 8);
  ctx.fillStyle = '#fff';
  ctx.font = `600 ${30 * s}px ${family}`;
  ctx.fillText('Close', x + 70 * s, y + 40 + 52 * s);
}

function windowsDialog(
  ctx: SKRSContext2D,
  w: number,
  h: number,
  m: Message,
  rand: () => number,
  dark = false,
  behind?: () => void,
) {
  const paper = dark ? '#2b2b2b' : '#ffffff';
  const ink = dark ? '#ffffff' : '#000';
  wallpaper(ctx, w, h, rand);
  ctx.fillStyle = '#202020';
  ctx.fillRect(0, h - 48, w, 48);
  ctx.fillStyle = '#fff';
  ctx.font = `16px ${family}`;
  ctx.fillText('10:24', w - 70, h - 28);
  ctx.fillText('29/11/2026', w - 95, h - 10);
  behind?.();
  const dw = 620;
  const dx = (w - dw) / 2;
  ctx.font = `18px ${family}`;
  const text = m.code ? `${m.title}` : `${m.title} ${m.body}`.trim();
  const lines = wrap(ctx, text, dw - 120).length;
  const dh = 150 + lines * 26 + 40;
  const dy = (h - dh) / 2;
  ctx.fillStyle = paper;
  ctx.fillRect(dx, dy, dw, dh);
  ctx.strokeStyle = '#888';
  ctx.strokeRect(dx, dy, dw, dh);
  ctx.fillStyle = ink;
  ctx.font = `15px ${family}`;
  ctx.fillText('Microsoft Intune', dx + 14, dy + 24);
  ctx.fillText('✕', dx + dw - 28, dy + 24);
  ctx.fillStyle = '#c42b1c';
  ctx.beginPath();
  ctx.arc(dx + 50, dy + 80, 20, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = ink;
  ctx.font = `18px ${family}`;
  paragraph(ctx, text, dx + 90, dy + 86, dw - 120, 26);
  ctx.fillStyle = dark ? '#202020' : '#e5e5e5';
  ctx.fillRect(dx, dy + dh - 60, dw, 60);
  ctx.fillStyle = paper;
  ctx.strokeStyle = '#0067c0';
  ctx.fillRect(dx + dw - 130, dy + dh - 46, 110, 32);
  ctx.strokeRect(dx + dw - 130, dy + dh - 46, 110, 32);
  ctx.fillStyle = ink;
  ctx.font = `15px ${family}`;
  ctx.fillText('OK', dx + dw - 86, dy + dh - 24);
}

const pageText = [
  'Devices | Enroll devices | Windows enrollment',
  'Automatic Enrollment: configure Windows devices to enroll when they join or register with Azure AD.',
  'MDM user scope: Some   Groups: Helpdesk pilot, Finance laptops',
  'Enrollment Status Page: show app and profile configuration progress to users during setup.',
  'Deployment profiles: Autopilot profile for shared kiosks was updated by an administrator.',
  'Windows Hello for Business: configure how users sign in with a PIN or biometrics.',
  'Co-management settings: upgrade Configuration Manager clients to take advantage of the cloud.',
  'Device platform restriction: personally owned Windows devices are blocked for all users.',
  'Last sync 29/11/2026 09:58   Compliance state: Not evaluated   Primary user: Maria Lund',
];

/** An admin centre page of ordinary text behind a dialog: lines that are no error. */
function busyPage(ctx: SKRSContext2D, w: number, h: number, rand: () => number) {
  ctx.fillStyle = '#faf9f8';
  ctx.fillRect(40, 30, w - 80, h - 110);
  ctx.fillStyle = '#0f6cbd';
  ctx.fillRect(40, 30, w - 80, 44);
  ctx.fillStyle = '#fff';
  ctx.font = `600 18px ${family}`;
  ctx.fillText('Microsoft Intune admin center', 60, 58);
  ctx.fillStyle = '#323130';
  ctx.font = `15px ${family}`;
  for (let y = 110, i = Math.floor(rand() * pageText.length); y < h - 100; y += 28, i++)
    ctx.fillText(pageText[i % pageText.length] ?? '', 70, y);
}

const logNoise = [
  'INFO  [EnrollmentService] Starting enrollment session',
  'INFO  [Discovery] Resolving enterpriseenrollment endpoint',
  'DEBUG [Http] GET /EnrollmentServer/Discovery.svc 200 (312 ms)',
  'INFO  [Policy] Downloading enrollment policy',
  'INFO  [Cert] Requesting device certificate',
];

function logWindow(ctx: SKRSContext2D, w: number, h: number, m: Message, rand: () => number) {
  ctx.fillStyle = '#1e1e1e';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#323233';
  ctx.fillRect(0, 0, w, 36);
  ctx.fillStyle = '#ccc';
  ctx.font = `15px ${family}`;
  ctx.fillText('Windows PowerShell', 16, 24);
  ctx.font = `19px "DejaVu Sans Mono", CJK, monospace`;
  let y = 80;
  const at = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < 7; i++) {
    const stamp = `2026-11-29 08:${String(10 + i).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`;
    if (i === at) {
      ctx.fillStyle = '#f48771';
      y = paragraph(ctx, `${stamp} ERROR ${`${m.title} ${m.body}`.trim()}`, 20, y, w - 40, 30);
    } else {
      ctx.fillStyle = '#d4d4d4';
      ctx.fillText(`${stamp} ${logNoise[i % logNoise.length]}`, 20, y);
      y += 30;
    }
  }
}

/** `scale` 1.5 turns a 2× phone screen (828 px wide) into a 3× one (1242 px), as newer iPhones save them. */
export function drawMessage(style: Style, size: Size, m: Message, seed: number, scale = 1): Canvas {
  const [w, h] = sizes[size];
  const canvas = createCanvas(Math.round(w * scale), Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  const rand = createRandom(seed);
  if (style === 'ios-alert') iosAlert(ctx, w, h, m, rand);
  else if (style === 'ios-alert-dark') iosAlert(ctx, w, h, m, rand, true);
  else if (style === 'company-portal') companyPortal(ctx, w, h, m, size);
  else if (style === 'windows-dialog') windowsDialog(ctx, w, h, m, rand);
  else if (style === 'windows-dialog-dark') windowsDialog(ctx, w, h, m, rand, true);
  else if (style === 'windows-dialog-busy') {
    const under = createRandom(seed + 1);
    windowsDialog(ctx, w, h, m, rand, false, () => busyPage(ctx, w, h, under));
  } else logWindow(ctx, w, h, m, rand);
  return canvas;
}

const notes = [
  'Team lunch on Friday at noon. Bring ideas for the offsite agenda and the budget review.',
  'Grocery list: milk, eggs, bread, coffee, apples, rice, tomatoes.',
  'The quarterly report is attached. Revenue grew in all regions compared with last year.',
  'Wi-Fi  Bluetooth  Mobile Data  Personal Hotspot  Notifications  Sounds & Haptics  Focus  Screen Time',
  '会议纪要：周五中午团队午餐，请带上关于年度规划的想法。',
  'Réunion lundi à 10 h : budget, planning et recrutement.',
  'Veckomöte på tisdag kl 9. Ta med förslag till sommarfesten.',
];

/** Pictures with no error on them: home screens, notes, a settings list, shapes. */
export function drawNoError(kind: number, seed: number): Canvas {
  const rand = createRandom(seed);
  const phone = kind % 2 === 0;
  const [w, h] = sizes[phone ? 'phone' : 'desktop'];
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const variant = kind % 4;
  if (variant === 0) homeScreen(ctx, w, h, rand);
  else if (variant === 3) {
    wallpaper(ctx, w, h, rand);
    for (let i = 0; i < 30; i++) {
      ctx.fillStyle = `hsla(${Math.floor(rand() * 360)}, 70%, 60%, 0.7)`;
      ctx.beginPath();
      ctx.arc(rand() * w, rand() * h, 20 + rand() * 120, 0, Math.PI * 2);
      ctx.fill();
    }
  } else {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#222';
    ctx.font = `${phone ? 34 : 22}px ${family}`;
    paragraph(ctx, notes[Math.floor(rand() * notes.length)] ?? '', 60, 160, w - 120, phone ? 48 : 32);
  }
  return canvas;
}

/** How a photo of a screen is taken; unset fields are drawn from the seed (the accuracy set's photos). */
export type PhotoOptions = {
  /** Degrees of rotation. */
  angle?: number;
  /** Pixels of blur (out of focus, shake). */
  blur?: number;
  /** The screen's size in the photo, against the screenshot's. */
  scale?: number;
  /** Sensor noise, the full width of its spread in grey levels. */
  noise?: number;
  /** How far the far edge of the screen shrinks (a photo taken at an angle), 0–0.3. */
  perspective?: number;
  /** Strength of the moiré bands the screen's pixel grid makes with the sensor's, 0–1. */
  moire?: number;
  /** The photo's size against the screenshot's (a 12 MP camera photo is far larger). */
  size?: number;
};

/**
 * A photo of a screen taken with a phone: the screenshot rotated and scaled inside a darker frame,
 * blurred, with a glare spot and sensor noise (and, when asked, seen at an angle with moiré), saved as
 * JPEG by the caller.
 */
export function photograph(source: Canvas, seed: number, options: PhotoOptions = {}): Canvas {
  const rand = createRandom(seed);
  const size = options.size ?? 0.9;
  const w = Math.round(source.width * size);
  const h = Math.round(source.height * size);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#3a3a3a';
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  const angle = (rand() - 0.5) * 7;
  ctx.rotate(((options.angle ?? angle) * Math.PI) / 180);
  ctx.transform(1, (rand() - 0.5) * 0.04, (rand() - 0.5) * 0.04, 1, 0, 0);
  const blur = 0.6 + rand() * 0.9;
  ctx.filter = `blur(${(options.blur ?? blur).toFixed(2)}px)`;
  const scale = (options.scale ?? 0.85) * (size / 0.9);
  const sw = source.width * scale;
  const sh = source.height * scale;
  const tilt = options.perspective ?? 0;
  if (tilt > 0) {
    // Seen from the left: each column strip is drawn shorter the further right it lies.
    const strips = 64;
    for (let i = 0; i < strips; i++) {
      const shrink = 1 - (tilt * (i + 0.5)) / strips;
      ctx.drawImage(
        source,
        (source.width * i) / strips,
        0,
        source.width / strips + 1,
        source.height,
        -sw / 2 + (sw * i) / strips,
        (-sh * shrink) / 2,
        sw / strips + 1,
        sh * shrink,
      );
    }
  } else ctx.drawImage(source, -sw / 2, -sh / 2, sw, sh);
  ctx.restore();
  const gx = w * (0.2 + rand() * 0.6);
  const gy = h * (0.2 + rand() * 0.6);
  const glare = ctx.createRadialGradient(gx, gy, 0, gx, gy, Math.min(w, h) * 0.35);
  glare.addColorStop(0, 'rgba(255,255,255,0.35)');
  glare.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = glare;
  ctx.fillRect(0, 0, w, h);
  const img = ctx.getImageData(0, 0, w, h);
  const spread = options.noise ?? 28;
  const moire = options.moire ?? 0;
  for (let i = 0; i < img.data.length; i += 4) {
    let n = (rand() - 0.5) * spread;
    if (moire > 0) {
      // Two slightly different grids beat into slanted bands a few dozen pixels apart.
      const x = (i / 4) % w;
      const y = Math.floor(i / 4 / w);
      n += moire * 40 * Math.sin((x * 0.9 + y * 0.35) * 0.21) * Math.sin(x * 1.7);
    }
    img.data[i] = Math.max(0, Math.min(255, (img.data[i] ?? 0) + n));
    img.data[i + 1] = Math.max(0, Math.min(255, (img.data[i + 1] ?? 0) + n));
    img.data[i + 2] = Math.max(0, Math.min(255, (img.data[i + 2] ?? 0) + n));
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}
