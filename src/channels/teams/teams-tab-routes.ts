import { Router } from 'express';
import type { LatchConfig } from '../../config';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';
import type { Contacts } from '../../safety/safety-schema';
import { renderTabPage } from './tab-page';
import { tabScript, tabStyle } from './tab-assets';
import { tabTopics } from './tab-topics';

/** Teams hosts tabs in frames on these origins; other sites may not frame the page. */
const teamsFrameAncestors = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
  'https://outlook.office.com',
  'https://*.outlook.com',
];

const contentSecurityPolicy = [
  "default-src 'self'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  // teams-js refreshes its list of valid Teams origins from here; it has a built-in list if this fails.
  "connect-src 'self' https://res.cdn.office.net",
  `frame-ancestors ${teamsFrameAncestors.join(' ')}`,
].join('; ');

/** GET /tab (the Teams personal tab), its script and style, and teams-js from node_modules (no CDN). */
export function teamsTabRoutes({ config, knowledgeBase, contacts }: { config: LatchConfig; knowledgeBase: KnowledgeBase; contacts: Contacts }): Router {
  // Made on the first visit, not at start: most servers never show the tab.
  let page: string | undefined;
  const tabPage = () =>
    (page ??= renderTabPage({
      messages: knowledgeBase.messages,
      topics: tabTopics(knowledgeBase),
      contacts,
      clinic: config.clinic,
      botAppId: config.botCredentials.appId,
      locale: config.locale,
    }));
  const teamsJsPath = require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js');
  const router = Router();
  router.get('/tab', (request, response) => {
    // Teams fills {theme} in the manifest's contentUrl: the first paint already has the right colours.
    const theme = typeof request.query.theme === 'string' && /^(default|dark|contrast)$/.test(request.query.theme) ? request.query.theme : 'default';
    response.set('Content-Security-Policy', contentSecurityPolicy).type('html').send(tabPage().replace('class="theme-default"', `class="theme-${theme}"`));
  });
  router.get('/tab/tab.js', (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'public, max-age=3600').send(tabScript);
  });
  router.get('/tab/tab.css', (_request, response) => {
    response.type('text/css').set('Cache-Control', 'public, max-age=3600').send(tabStyle);
  });
  router.get('/tab/teams-js.js', (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'public, max-age=86400').sendFile(teamsJsPath);
  });
  return router;
}
