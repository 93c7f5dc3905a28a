import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findProjectRoot } from '../../../src/config';
import { initialConversationState } from '../../../src/engine/turn-types';
import type { LatchServer } from '../../../src/server/create-server';
import { sharedEngine } from '../../support/shared-engine';
import { startFullServer } from './support/full-server';
import { launchChromium } from '../../support/launch-chromium';

/** Written on every run, for the record (gitignored). */
export const screenshotPath = join(findProjectRoot(), 'test-output', 'webchat.png');

jest.setTimeout(90_000);

let server: { server: LatchServer; url: string };
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startFullServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.server.close(0);
});

async function openChat(): Promise<Page> {
  // A phone-sized window: the page must work there.
  const page = await browser.newPage({ viewport: { width: 390, height: 760 }, deviceScaleFactor: 1 });
  // A string, because it runs in the page, where the test's types (no DOM) do not apply.
  await page.addInitScript(`
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
  `);
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', async (message) => {
    if (message.type() !== 'error') return;
    // Web Chat 4.18 runs Action.ToggleVisibility ("Tell me more") itself but still logs it as an unknown
    // action, once as a sentence and once as the action object; both are expected, anything else is not.
    if (message.text() === 'Web Chat: received unknown action from Adaptive Cards') return;
    const actionType = await message
      .args()[0]
      ?.evaluate((value) => (typeof value?.getJsonTypeName === 'function' ? String(value.getJsonTypeName()) : undefined))
      .catch(() => undefined);
    if (actionType === 'Action.ToggleVisibility') return;
    problems.push(`console error: ${message.text()}`);
  });
  await page.goto(server.url + '/');
  return page;
}

/** Polls until `read` returns something `accept` takes, or fails with what it saw last. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Web Chat's markdown turns ' and " into typographic quotes; compare without them. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_]/g, '').replace(/\s+/g, ' ');

/** Waits until the transcript shows the start of `text`. */
async function transcriptShows(page: Page, text: string, what: string): Promise<void> {
  const wanted = plain(text).slice(0, 60);
  await eventually(
    async () => plain(await page.locator('.webchat__basic-transcript').innerText().catch(() => '')),
    (transcript) => transcript.includes(wanted),
    what,
    20_000,
  );
}

const botActivities = (page: Page) => page.locator('.webchat__basic-transcript__activity:not(:has(.webchat__bubble--from-user))');

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await page.locator('.webchat__bubble--from-user', { hasText: text }).last().waitFor();
}

describe('the web chat page in Chromium', () => {
  it('answers, offers suggested actions that work, escalates a red flag, and breaks no security policy', async () => {
    const messages = sharedEngine().knowledgeBase.messages;
    const page = await openChat();
    try {
      expect(await page.locator('#latch-disclaimer').innerText()).toBe(messages.disclaimer);
      // The welcome arrives once Web Chat has connected.
      await transcriptShows(page, messages.welcome, 'the welcome');
      await eventually(() => page.locator('#latch-status').innerText(), (text) => text === '', 'the connecting notice is cleared');

      await send(page, 'why is my milk late');
      const suggested = page.locator('.webchat__suggested-action');
      await suggested.first().waitFor({ timeout: 15_000 });
      // When the bot answers at once (rather than asking the day of birth first), "Tell me more" must work too;
      // the keyboard test below checks it on an answer that always comes at once.
      const more = page.locator('.ac-pushButton', { hasText: messages.more });
      if ((await more.count()) > 0) {
        const cardText = async () => (await page.locator('.ac-adaptiveCard').last().innerText()).length;
        const before = await cardText();
        await more.last().click();
        await eventually(cardText, (length) => length > before, '"Tell me more" shows the full answer');
      }

      const botRepliesBefore = await botActivities(page).count();
      const label = (await suggested.first().innerText()).trim();
      await suggested.first().click();
      await page.locator('.webchat__bubble--from-user', { hasText: label }).last().waitFor();
      await eventually(() => botActivities(page).count(), (count) => count > botRepliesBefore, 'a bot reply after the suggested action');

      const redFlag = 'my baby is floppy and won\'t wake up';
      const handoff = (await sharedEngine().respond({ text: redFlag, timestamp: new Date().toISOString() }, initialConversationState())).replies.find((reply) => reply.kind === 'handoff');
      expect(handoff).toBeDefined();
      await send(page, redFlag);
      await transcriptShows(page, handoff!.kind === 'handoff' ? handoff!.text : '', 'the escalation');

      await page.locator('.webchat__basic-transcript__activity').last().scrollIntoViewIfNeeded();
      mkdirSync(join(findProjectRoot(), 'test-output'), { recursive: true });
      await page.screenshot({ path: screenshotPath });

      expect(await page.evaluate('window.cspViolations')).toEqual([]);
      expect(problems).toEqual([]);
    } catch (error) {
      mkdirSync(join(findProjectRoot(), 'test-output'), { recursive: true });
      await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-failed.png'), fullPage: true }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\nbrowser problems: ${JSON.stringify(problems)}`);
    } finally {
      await page.close();
    }
  });

  it('works with the keyboard alone, shows an answer\'s full text on "Tell me more", and names the send box and chat for screen readers', async () => {
    const messages = sharedEngine().knowledgeBase.messages;
    const page = await openChat();
    try {
      await transcriptShows(page, messages.welcome, 'the welcome');
      const focusedClass = () => page.evaluate<string>("(document.activeElement.getAttribute('data-id') || '') + ' ' + document.activeElement.className");
      const pressUntilFocused = async (key: string, wanted: RegExp) => {
        for (let presses = 0; presses < 20 && !wanted.test(await focusedClass()); presses += 1) await page.keyboard.press(key);
        expect(await focusedClass()).toMatch(wanted);
      };

      await pressUntilFocused('Tab', /webchat-sendbox-input/);
      await page.keyboard.type('is colostrum enough for my baby');
      await page.keyboard.press('Enter');
      await page.locator('.webchat__bubble--from-user', { hasText: 'is colostrum enough for my baby' }).waitFor();
      await page.locator('.webchat__suggested-action').first().waitFor({ timeout: 15_000 });

      await pressUntilFocused('Shift+Tab', /webchat__suggested-action/);
      const label = (await page.evaluate<string>('document.activeElement.innerText')).trim();
      await page.keyboard.press('Enter');
      await page.locator('.webchat__bubble--from-user', { hasText: label }).waitFor({ timeout: 10_000 });

      // The colostrum answer is a card: its short form, with "Tell me more" opening the full text in place.
      const colostrumCard = page.locator('.ac-adaptiveCard', { has: page.locator('.ac-pushButton', { hasText: messages.more }) }).first();
      await colostrumCard.waitFor({ timeout: 10_000 });
      const before = (await colostrumCard.innerText()).length;
      await colostrumCard.locator('.ac-pushButton', { hasText: messages.more }).click();
      await eventually(async () => (await colostrumCard.innerText()).length, (length) => length > before + 100, '"Tell me more" shows the full answer');

      expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('aria-label')).toBeTruthy();
      expect(await page.locator('#latch-chat').getAttribute('aria-label')).toBeTruthy();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
