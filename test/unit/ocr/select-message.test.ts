import { describe, expect, it } from '@jest/globals';
import type { OcrLine } from '../../../src/ocr/ocr-lines.ts';
import { joinCjk, selectMessage, worthAnotherScript } from '../../../src/ocr/select-message.ts';

let paragraph = 0;
const line = (text: string, top: number, extra: Partial<OcrLine> = {}): OcrLine => ({
  text,
  paragraph: ++paragraph,
  confidence: 92,
  top,
  bottom: top + 30,
  widestGap: 0.4,
  ...extra,
});

describe('picking the message out of a recognised page', () => {
  it('keeps the alert of a phone screen and drops the status bar, icon rows and buttons', () => {
    const page = {
      width: 828,
      height: 1792,
      languages: 'eng',
      lines: [
        line('9:41 LTE 87%', 30),
        line('Photos Camera Mail Calendar', 260, { widestGap: 4 }),
        line('Profile Installation Failed.', 800),
        line('A Network Error Has Occurred.', 850),
        line('OK', 950),
        line('Settings', 1500),
        line('Xz~ ~~', 1200, { confidence: 20 }),
      ],
    };
    expect(selectMessage(page).text).toBe('Profile Installation Failed.\nA Network Error Has Occurred.');
    expect(selectMessage(page).confidence).toBe(92);
  });

  it('keeps an error name standing alone and joins Chinese characters Tesseract spaced out', () => {
    const page = {
      width: 1600,
      height: 900,
      languages: 'chi_sim',
      lines: [line('NoEnrollmentPolicy', 100), line('配 置 文 件 安 装 失 败 。', 200)],
    };
    expect(selectMessage(page).text).toBe('NoEnrollmentPolicy\n配置文件安装失败。');
    expect(joinCjk('XPC_TYPE_ERROR 连 接 无 效')).toBe('XPC_TYPE_ERROR 连接无效');
  });

  it('keeps the wrapped end of a title, and drops the app header of a whole phone screen', () => {
    const page = {
      width: 828,
      height: 1792,
      languages: 'eng',
      lines: [
        line('Company Portal', 80),
        line('This Service is not', 380),
        line('supported.', 430, { paragraph }),
        line('No Enrollment Policy.', 520),
        line('Close', 640),
      ],
    };
    expect(selectMessage(page).text).toBe('This Service is not\nsupported.\nNo Enrollment Policy.');
  });

  it('keeps a short end of a wrapped title, but not a button further down', () => {
    const page = {
      width: 828,
      height: 1792,
      languages: 'fra+eng',
      lines: [
        line('Échec de la Workplace', 800),
        line('Join', 845, { paragraph }),
        line('OK', 960, { paragraph }),
      ],
    };
    expect(selectMessage(page).text).toBe('Échec de la Workplace\nJoin');
  });

  it('keeps the end of a title wrapped with an app screen’s wider line spacing, but not its button', () => {
    const page = {
      width: 828,
      height: 1792,
      languages: 'eng',
      lines: [
        line("ADE enrollment doesn't", 386, { bottom: 420 }),
        line('start', 445, { paragraph, bottom: 476 }),
        line('Close', 540, { paragraph, bottom: 570 }),
      ],
    };
    expect(selectMessage(page).text).toBe("ADE enrollment doesn't\nstart");
  });

  it('takes the line a log records as an error, with its wrapped end, and not the lines around it', () => {
    const page = {
      width: 1600,
      height: 900,
      languages: 'eng',
      lines: [
        line('Windows PowerShell', 10),
        line('2026-11-29 08:11:28 INFO [Discovery] Resolving enterpriseenrollment endpoint', 80),
        line('2026-11-29 08:12:00 ERROR The maximum number of seats allowed for the account', 110),
        line('has been reached.', 140),
        line('2026-11-29 08:13:36 INFO [Policy] Downloading enrollment policy', 170),
        // The date misread, as in a photo of the screen.
        line('22512 08:16:43 INFO [Cert] Requesting device certificate', 200),
      ],
    };
    expect(selectMessage(page).text).toBe(
      'The maximum number of seats allowed for the account\nhas been reached.',
    );
  });

  it('finds no message in a log whose error line it could not read', () => {
    const page = {
      width: 1600,
      height: 900,
      languages: 'eng',
      lines: [
        line('2026-11-29 08:11:28 INFO Starting enrollment session', 80),
        line('2026-11-29 08:12:00 INFO Downloading enrollment policy', 110),
        line('2026-11-29 08:13:36 INFO Requesting device certificate', 140),
      ],
    };
    expect(selectMessage(page)).toEqual({ text: '', confidence: 0 });
  });

  it('reads no message in icon labels set close together, cut short, or an app name alone', () => {
    // A photographed home screen: labels close enough to read as one line of words.
    const homeScreen = {
      width: 1100,
      height: 1400,
      languages: 'eng',
      lines: [
        line('Clock Maps Weather', 285, { widestGap: 1.2 }),
        line('Notes Safari', 480, { widestGap: 0.9 }),
        line('Authenticator Comp', 670, { widestGap: 0.8 }),
        line('Outlook', 700, { paragraph }),
      ],
    };
    expect(selectMessage(homeScreen).text).toBe('');
    const cropped = { width: 600, height: 300, languages: 'sv+eng', lines: [line('Företagsportal', 100)] };
    expect(selectMessage(cropped).text).toBe('');
    expect(selectMessage({ ...cropped, lines: [line('设置 相机 公司门户', 100)] }).text).toBe('');
  });

  it('keeps a message that names an app, over a home screen too', () => {
    const page = {
      width: 828,
      height: 1792,
      languages: 'eng',
      lines: [
        line('Mail Calendar Clock Maps', 300, { widestGap: 4 }),
        line('Notes Safari Music Files', 530, { widestGap: 4 }),
        line('Company Portal Temporarily', 800),
        line('Unavailable.', 850, { paragraph }),
        line('Outlook Teams', 1200, { widestGap: 1 }),
      ],
    };
    expect(selectMessage(page).text).toBe('Company Portal Temporarily\nUnavailable.');
    expect(selectMessage({ ...page, lines: [line('公司门户暂时不可用', 800)] }).text).toBe(
      '公司门户暂时不可用',
    );
  });

  it('reads a picture again in the other script for unreadable lines of text, not for app icons', () => {
    const garbled = { width: 828, height: 900, languages: 'eng' };
    // Chinese seen through the Latin models: lines of text the engine is unsure of.
    const chinese = [
      line('Company Portal', 120),
      line('ERIHEREN.', 370, { confidence: 0 }),
      line('BE 7 MEHR', 450, { confidence: 47 }),
    ];
    expect(worthAnotherScript({ ...garbled, lines: chinese })).toBe(true);
    // Icons read as shapes, each as tall as several lines of text, under legible labels.
    const icons = [
      line('Weather', 300),
      line('S00', 390, { confidence: 37, bottom: 520 }),
      line('C8O', 620, { confidence: 20, bottom: 750 }),
    ];
    expect(worthAnotherScript({ ...garbled, lines: icons })).toBe(false);
    // A home screen: scattered unsure shapes are icons and wallpaper, an unsure line of an alert is not.
    const homeScreen = [
      line('Mail Calendar Clock Maps', 300, { widestGap: 4 }),
      line('Notes Safari Music Files', 530, { widestGap: 4 }),
      line('Hee a Lo', 700, { confidence: 7 }),
      line('EER fF', 760, { confidence: 30 }),
      line('Photos EEE we ld', 900, { confidence: 44, widestGap: 8 }),
      line('Calendar Clot oh HE i', 1070, { confidence: 61 }),
    ];
    expect(worthAnotherScript({ ...garbled, lines: homeScreen })).toBe(false);
    const alertOverHomeScreen = [...homeScreen, line('XPC_TYPE ERROR non', 830, { confidence: 49 })];
    expect(worthAnotherScript({ ...garbled, lines: alertOverHomeScreen })).toBe(true);
  });

  it('does not read a picture again when its first reading was already long work', () => {
    const garbled = { width: 1440, height: 810, languages: 'eng' };
    const unsure = [
      line('2026-11-29 08:11:87 wo', 200, { confidence: 40 }),
      line('Ee ea LEE a', 400, { confidence: 30 }),
    ];
    // An alert over a whole phone screen: a few hundred line heights of text, worth a second script.
    expect(worthAnotherScript({ ...garbled, lines: unsure, work: 390 })).toBe(true);
    // A photographed console of small text and noise: the second script would cost seconds more.
    expect(worthAnotherScript({ ...garbled, lines: unsure, work: 700 })).toBe(false);
  });
});
