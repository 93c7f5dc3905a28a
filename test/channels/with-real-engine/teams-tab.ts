import { readFileSync } from 'node:fs';
import { escapeHtml } from '../../../src/channels/teams/tab-page';
import { tabTopics, teamsChatDeepLink } from '../../../src/channels/teams/tab-topics';
import { startTestServer, testConfig, type TestServer } from '../../support/bot-server';
import { firstTurn, sharedEngine } from '../../support/shared-engine';

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const botId = '11111111-2222-3333-4444-555555555555';

describe('the Teams personal tab', () => {
  let test: TestServer;
  let page: string;
  let response: Response;
  beforeAll(async () => {
    const config = testConfig({ botCredentials: { appId: botId, appPassword: 'secret', appTenantId: 'tenant' }, clinic: { name: 'Riverside Birth Centre', phone: '01632 960 000', hours: 'Mon to Fri, 9am to 5pm' } });
    test = await startTestServer({ config });
    response = await fetch(`${test.url}/tab`);
    page = await response.text();
    // Starting a server loads botbuilder: seconds on a busy machine (2.7 s of the default 5 s at load 13).
  }, 30_000);
  afterAll(() => test.close());

  it('lists every curated topic with a one-line summary', () => {
    const topics = tabTopics(sharedEngine().knowledgeBase);
    expect(topics.length).toBe(sharedEngine().knowledgeBase.intents.filter((intent) => intent.kind === 'knowledge').length);
    for (const topic of topics) {
      expect(page).toContain(escapeHtml(topic.question));
      expect(page).toContain(escapeHtml(topic.summary));
      expect(topic.summary).not.toMatch(/[.!?]\s+\S/);
    }
    expect(page).not.toContain(escapeHtml('How do I help my baby sleep?'));
  });

  it('opens the chat with each topic\'s question ready to send, and that question is answered with the topic', () => {
    for (const topic of tabTopics(sharedEngine().knowledgeBase)) {
      expect(page).toContain(escapeHtml(teamsChatDeepLink(botId, topic.question)));
      const { trace } = firstTurn(topic.question);
      expect({ question: topic.question, intent: trace.intent }).toEqual({ question: topic.question, intent: topic.intentId });
    }
    expect(teamsChatDeepLink(botId, 'Why is my milk late?')).toBe(`https://teams.microsoft.com/l/chat/0/0?users=28:${botId}&message=Why%20is%20my%20milk%20late%3F`);
  });

  it('shows the disclaimer, the emergency and advice numbers, and the clinic', () => {
    const { messages } = sharedEngine().knowledgeBase;
    expect(page).toContain(escapeHtml(messages.disclaimer));
    expect(page).toContain('999');
    expect(page).toContain('NHS 111');
    expect(page).toContain('Riverside Birth Centre');
    expect(page).toContain('href="tel:01632960000"');
    expect(page).toContain('Mon to Fri, 9am to 5pm');
  });

  it('follows the Teams theme from the first paint and lets only Teams frame it', async () => {
    expect(page).toContain('<body class="theme-default">');
    expect(await (await fetch(`${test.url}/tab?theme=dark`)).text()).toContain('<body class="theme-dark">');
    expect(await (await fetch(`${test.url}/tab?theme=%22%3E%3Cscript%3E`)).text()).toContain('<body class="theme-default">');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain('frame-ancestors');
    expect(policy).toContain('https://teams.microsoft.com');
    expect(policy).toContain("script-src 'self'");
  });

  it('serves teams-js from node_modules, not a CDN', async () => {
    const scripts = [...page.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(['/tab/tab.js']);
    expect(await (await fetch(`${test.url}/tab/tab.js`)).text()).toContain("script.src = '/tab/teams-js.js'");
    const served = await fetch(`${test.url}/tab/teams-js.js`);
    expect(served.headers.get('content-type')).toContain('javascript');
    const expected = readFileSync(require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'), 'utf8');
    expect(await served.text()).toBe(expected);
  });

  it('does not wait for Teams outside Teams: initialise only in a frame, and never longer than a few seconds', async () => {
    const script = await (await fetch(`${test.url}/tab/tab.js`)).text();
    expect(script).toContain('window.parent !== window');
    expect(script).toMatch(/if \(!hostedByTeams\) return;/);
    expect(script).toMatch(/Promise\.race\(\[teams\.app\.initialize\(\), giveUp\]\)/);
    expect(script).toContain('openLink');
    expect((await fetch(`${test.url}/tab/tab.css`)).status).toBe(200);
  });
});

describe('the tab without a bot registration', () => {
  it('lists the topics without links, since there is no chat to open', async () => {
    const test = await startTestServer();
    try {
      const page = await (await fetch(`${test.url}/tab`)).text();
      expect(page).toContain(escapeHtml('Why is my milk late?'));
      expect(page).not.toContain('teams.microsoft.com/l/chat');
      // Says why, and where the questions can be asked instead.
      const { messages } = sharedEngine().knowledgeBase;
      expect(page).toContain(escapeHtml(messages.tab_not_registered));
      expect(page).toMatch(new RegExp(`<a href="/">${escapeHtml(messages.tab_open_web_chat)}</a>`));
    } finally {
      await test.close();
    }
  });
});
