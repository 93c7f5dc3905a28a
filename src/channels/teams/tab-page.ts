import { escapeHtml } from '../escape-html';
import type { ClinicContacts } from '../../config';
import type { SystemMessages } from '../../knowledge/content-schema';
import type { Contacts } from '../../safety/safety-schema';
import { teamsChatDeepLink, type TabTopic } from './tab-topics';

export interface TabPageModel {
  messages: SystemMessages;
  topics: TabTopic[];
  contacts: Contacts;
  clinic: ClinicContacts;
  /** Without a bot id there is no chat to open, and topics are listed without links. */
  botAppId: string;
  locale: string;
}

export { escapeHtml };

function topicItem(topic: TabTopic, model: TabPageModel): string {
  const title = escapeHtml(topic.question);
  const heading = model.botAppId
    ? `<a class="topic-link" href="${escapeHtml(teamsChatDeepLink(model.botAppId, topic.question))}" target="_blank" rel="noopener" data-intent="${escapeHtml(topic.intentId)}" aria-label="${escapeHtml(model.messages.tab_ask)}: ${title}">${title}</a>`
    : `<span class="topic-title">${title}</span>`;
  return `<li class="topic">${heading}<p>${escapeHtml(topic.summary)}</p></li>`;
}

function contactRow(label: string, value: string | undefined): string {
  if (!value) return '';
  const phoneLike = /^\+?[\d\s()-]{3,}$/.test(value);
  const shown = phoneLike ? `<a href="tel:${escapeHtml(value.replace(/[^\d+]/g, ''))}">${escapeHtml(value)}</a>` : escapeHtml(value);
  return `<dt>${escapeHtml(label)}</dt><dd>${shown}</dd>`;
}

function clinicRows(model: TabPageModel): string {
  const { clinic, messages } = model;
  if (!clinic.name && !clinic.phone && !clinic.website) return '';
  const details = [clinic.phone && contactRow(clinic.name ?? messages.tab_clinic, clinic.phone), clinic.hours && `<dd>${escapeHtml(clinic.hours)}</dd>`, clinic.website && `<dd><a href="${escapeHtml(clinic.website)}" target="_blank" rel="noopener">${escapeHtml(clinic.website)}</a></dd>`]
    .filter(Boolean)
    .join('');
  return clinic.phone ? details : `<dt>${escapeHtml(clinic.name ?? messages.tab_clinic)}</dt>${details}`;
}

/** The personal tab: topics with one-line summaries, the disclaimer and whom to contact. Works in any browser. */
export function renderTabPage(model: TabPageModel): string {
  const { messages, contacts } = model;
  return `<!doctype html>
<html lang="${escapeHtml(model.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>latch</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/tab/tab.css">
<script src="/tab/tab.js" defer></script>
</head>
<body class="theme-default">
<main>
<header><h1>latch</h1><p>${escapeHtml(messages.tab_intro)}</p></header>
<section aria-labelledby="topics-heading">
<h2 id="topics-heading">${escapeHtml(messages.tab_topics)}</h2>
${model.botAppId ? '' : `<p class="note" role="note">${escapeHtml(messages.tab_not_registered)} <a href="/">${escapeHtml(messages.tab_open_web_chat)}</a></p>`}
<ul class="topics">
${model.topics.map((topic) => topicItem(topic, model)).join('\n')}
</ul>
</section>
<section aria-labelledby="contacts-heading">
<h2 id="contacts-heading">${escapeHtml(messages.tab_contacts)}</h2>
<dl class="contacts">
${contactRow(messages.tab_emergency, contacts.emergency)}
${contactRow(messages.tab_urgent, contacts.urgent_line)}
${contactRow(messages.tab_crisis, contacts.crisis_line)}
${clinicRows(model)}
</dl>
</section>
<footer><p class="disclaimer">${escapeHtml(messages.disclaimer)}</p></footer>
</main>
</body>
</html>
`;
}
