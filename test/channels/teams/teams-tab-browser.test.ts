import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/launch-chromium';
import { startTestServer, testConfig, type TestServer } from '../../support/bot-server';

const botId = '11111111-2222-3333-4444-555555555555';

/** The tab in a real browser (Debian's chromium), outside Teams and framed by a page that is not Teams. */
describe('the Teams tab in a browser', () => {
  let test: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    test = await startTestServer({
      config: testConfig({ botCredentials: { appId: botId, appPassword: 'secret', appTenantId: 'tenant' } }),
      // A same-origin frame, the way Teams hosts the tab, but with no Teams host answering.
      mount: (app) => {
        app.get('/frame-host', (_request, response) => response.type('html').send('<iframe id="tab" src="/tab?theme=dark" width="800" height="600"></iframe>'));
      },
    });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await test?.close();
  });

  it('shows the topics at once outside Teams, with no script errors and nothing blocked by the security policy', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const started = Date.now();
    await page.goto(`${test.url}/tab`, { waitUntil: 'load' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await page.locator('a.topic-link').count()).toBeGreaterThan(10);
    // Outside Teams teams-js is not even loaded: no minute-long initialize(), no request to Microsoft.
    expect(await page.evaluate(() => typeof (globalThis as { microsoftTeams?: unknown }).microsoftTeams)).toBe('undefined');
    expect(await page.getAttribute('a.topic-link >> nth=0', 'href')).toContain(`users=28:${botId}`);
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('stays usable in a frame whose host never answers, giving up on Teams within seconds', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // The page's clock is Playwright's, so the five seconds the tab gives Teams pass at once below instead
    // of being waited out (time otherwise flows as usual).
    await page.clock.install();
    await page.goto(`${test.url}/frame-host`, { waitUntil: 'load' });
    const frame = page.frameLocator('#tab');
    expect(await frame.locator('a.topic-link').count()).toBeGreaterThan(10);
    expect(await frame.locator('body').getAttribute('class')).toBe('theme-dark');
    // In a frame teams-js is loaded and initialize() is tried, then given up after five seconds.
    await page.frame({ url: /\/tab/ })!.waitForFunction(() => typeof (globalThis as { microsoftTeams?: unknown }).microsoftTeams === 'object', undefined, { timeout: 5_000 });
    await page.clock.runFor(5_500);
    expect(await frame.locator('body').getAttribute('class')).toBe('theme-dark');
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
