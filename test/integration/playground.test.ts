import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadKnowledgeBase } from '../../src/content/load-knowledge.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { freePort } from '../fakes/free-port.ts';

const script = fileURLToPath(new URL('../../scripts/playground.ts', import.meta.url));

/**
 * `npm run playground` as a child, on a box without a desktop (no DISPLAY): resolves with the
 * Playground's address once it prints it.
 */
async function startPlayground(): Promise<{
  child: ChildProcess;
  url: string;
  botPort: number;
  output: () => string;
}> {
  const botPort = await freePort();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, STORAGE_PATH: ':memory:' };
  const child = spawn(
    process.execPath,
    [script, '--port', String(botPort), '--playground-port', String(await freePort())],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no Playground address within 60 s:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /Agents Playground: (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`playground exited with ${code}:\n${output}`)));
  });
  return { child, url, botPort, output: () => output };
}

async function stopPlayground(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * Debian's Chromium (never a browser downloaded by a test tool). Where it is missing the browser test
 * is skipped and says so, unless REQUIRE_BROWSER_TEST=1 (CI installs Chromium and sets it).
 */
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browserRequired = process.env.REQUIRE_BROWSER_TEST === '1';
const haveBrowser = existsSync(chromiumPath);
if (!haveBrowser && !browserRequired) {
  process.stderr.write(
    `\nNOTICE: the Agents Playground browser test is SKIPPED: no Chromium at ${chromiumPath} ` +
      '(apt-get install chromium, or set CHROMIUM_PATH).\n\n',
  );
}
/** Where the screenshot goes; `PLAYGROUND_SCREENSHOT=docs/playground-card.png` refreshes the README's. */
const screenshotPath = process.env.PLAYGROUND_SCREENSHOT || join(tmpdir(), 'playground-card.png');

/** Headless, and nothing leaves the machine: Chromium's own background traffic is off, and the page may
 * load only from loopback (the Playground asks a CDN for fonts and animations; those requests fail here). */
async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function loopbackOnlyPage(browser: Browser): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
      return route.continue();
    }
    blocked.push(url.hostname);
    return route.abort();
  });
  return { page: await context.newPage(), blocked };
}

const maybe = haveBrowser || browserRequired ? test : test.skip;

/** What the page tells of an element's box (this project compiles without the DOM library). */
type Shown = {
  clientHeight: number;
  clientWidth: number;
  scrollWidth: number;
  textContent: string | null;
  getBoundingClientRect(): { right: number };
  querySelectorAll(selector: string): ArrayLike<Shown>;
};

// One Playground for the file (it starts a bot and the Playground, a few seconds of CPU each): the
// browser test talks to it, and the last test stops it.
describe('npm run playground', () => {
  let run: Awaited<ReturnType<typeof startPlayground>>;
  beforeAll(async () => {
    run = await startPlayground();
  }, 90_000);
  afterAll(async () => {
    if (run) await stopPlayground(run.child);
  });

  test('without a desktop, serves the Playground against the bot in local mode', async () => {
    const page = await fetch(run.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect((await fetch(`http://127.0.0.1:${run.botPort}/healthz`)).status).toBe(200);
    expect(run.output()).toContain('"teams":"local mode (no authentication)"');
  });

  maybe(
    'a pasted error gets its resolution card with steps and buttons, "Didn\'t help" offers the other candidates, and the longest button labels show whole',
    async () => {
      const t = createTranslator().forLocale('en');
      const entry = loadKnowledgeBase().entries.find(
        (e) => e.id === 'ios/profile-installation-failed-a-network-error-has-occurred',
      );
      const title = entry?.locales.en.title ?? '';
      const pasted = 'Profile Installation Failed. A network error has occurred.';
      expect(title).not.toBe('');
      const browser = await openBrowser();
      const { page } = await loopbackOnlyPage(browser);
      try {
        await page.goto(run.url);
        // The bot's greeting shows the Playground reached it.
        const box = page.getByRole('textbox');
        await box.waitFor({ timeout: 30_000 });
        await page.locator('text=/Intune/').first().waitFor({ timeout: 30_000 });

        // Paste, as a person would from the device's screen, then send.
        await box.click();
        await box.evaluate((el, text) => {
          // Runs in the page: the DOM's own clipboard types (this project compiles without the DOM library).
          const dom = globalThis as unknown as {
            DataTransfer: new () => { setData(type: string, value: string): void };
            ClipboardEvent: new (type: string, init: object) => Event;
          };
          const data = new dom.DataTransfer();
          data.setData('text/plain', text);
          el.dispatchEvent(
            new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
          );
        }, pasted);
        await box.press('Enter');

        // The conversation pane: the innermost block holding both the message box and a card (not the log panel).
        const pane = page
          .locator('div')
          .filter({ has: page.getByRole('textbox') })
          .filter({ has: page.locator('.ac-adaptiveCard') })
          .last();
        const card = pane.locator('.ac-adaptiveCard').filter({ hasText: title });
        await card.waitFor({ timeout: 30_000 });
        // Numbered steps, and the three feedback buttons.
        expect(await card.getByText(/^\s*[1-9]\.\s*$/).count()).toBeGreaterThan(1);
        for (const key of ['common:actions.fixed', 'common:actions.notFixed', 'common:actions.escalate']) {
          expect(await card.getByRole('button', { name: t(key), exact: true }).isVisible()).toBe(true);
        }

        // What a person sees: their message and the card (the Playground's own notices below it left out).
        await card.scrollIntoViewIfNeeded();
        const sent = await pane.getByText(pasted, { exact: true }).last().boundingBox();
        const area = await pane.boundingBox();
        const box2 = await card.boundingBox();
        if (sent && area && box2) {
          // The pane may have scrolled the sent message above the card's top or out of view: clamp, so the
          // picture is never an empty or negative area.
          const top = Math.max(area.y, Math.min(sent.y - 12, box2.y - 12));
          const height = Math.max(box2.y + box2.height + 12 - top, box2.height);
          await page.screenshot({
            path: screenshotPath,
            clip: { x: area.x, y: top, width: area.width, height },
          });
          process.stderr.write(`Playground screenshot: ${screenshotPath}\n`);
        }

        await card.getByRole('button', { name: t('common:actions.notFixed'), exact: true }).click();
        // "Didn't help" either offers the other documented candidates, never the rejected card again, or
        // offers a person (with nothing else to try).
        const personOffered = pane
          .locator('.ac-adaptiveCard')
          .filter({ has: page.getByRole('button', { name: t('common:actions.escalate'), exact: true }) })
          .filter({ hasNot: page.getByRole('button', { name: t('common:actions.fixed'), exact: true }) })
          .last();
        const noneButton = page.getByRole('button', { name: t('common:choose.none'), exact: true });
        const none = pane.locator(noneButton).last();
        await personOffered.or(none).first().waitFor({ timeout: 30_000 });
        if (!(await personOffered.isVisible())) {
          const offer = pane.locator('.ac-adaptiveCard').filter({ has: noneButton }).last();
          expect(await offer.getByRole('button').count()).toBeGreaterThan(1);
          expect(await offer.getByText(title, { exact: true }).count()).toBe(0);
        }

        // The longest labels the cards carry (a cause's button cut to the limit, in English and in
        // Chinese, where a character is about twice as wide) show whole, on one line, inside the card.
        for (const [say, card] of [
          ['Profile Installation Failed. Connection to the server could not be established.', true],
          ['简体中文', false],
          ['配置文件安装失败。 无法建立到服务器的连接。', true],
        ] as const) {
          const before = await pane.locator('.ac-adaptiveCard').count();
          await box.click();
          await box.fill(say);
          await box.press('Enter');
          if (card) await pane.locator('.ac-adaptiveCard').nth(before).waitFor({ timeout: 30_000 });
          else await pane.getByText(say, { exact: true }).waitFor({ timeout: 30_000 });
        }
        await page.waitForTimeout(1_000);
        const cramped = await pane.locator('.ac-adaptiveCard').evaluateAll((found) =>
          (found as unknown as Shown[]).flatMap((card) => {
            const edge = card.getBoundingClientRect().right;
            const buttons = Array.from(card.querySelectorAll('button'));
            const line = Math.min(...buttons.map((b) => b.clientHeight));
            return buttons
              .filter(
                (b) =>
                  b.clientHeight > line * 1.5 ||
                  b.getBoundingClientRect().right > edge ||
                  [b, ...Array.from(b.querySelectorAll('*'))].some((e) => e.scrollWidth > e.clientWidth + 1),
              )
              .map((b) => b.textContent ?? '');
          }),
        );
        expect(await pane.locator('.ac-adaptiveCard button').count()).toBeGreaterThan(10);
        expect(cramped).toEqual([]);
      } catch (error) {
        // What the page showed when it went wrong, for whoever reads the failure.
        await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-failure.png') }).catch(() => {});
        throw error;
      } finally {
        await browser.close();
      }
    },
    180_000,
  );

  test('Ctrl+C stops both the Playground and the bot', async () => {
    expect(await stopPlayground(run.child)).toBe(0);
    expect(await refused(run.url)).toBe(true);
    expect(await refused(`http://127.0.0.1:${run.botPort}/healthz`)).toBe(true);
  });
});
