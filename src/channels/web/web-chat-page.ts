import type { SystemMessages } from '../../knowledge/content-schema';
import { fillPlaceholders } from '../../knowledge/placeholders';
import { escapeHtml } from '../escape-html';

export interface WebChatPageSettings {
  clinicName: string;
  locale: string;
  colours: { accent: string; text: string; background: string };
  /** The logo's address as the page should write it, or undefined for none. */
  logoSource?: string;
  messages: SystemMessages;
  /** Web Chat's version, in the bundle's address so a year-long browser cache still sees an upgrade. */
  webChatVersion: string;
}


/** JSON that can sit inside <script type="application/json"> without a "</script>" in a name ending it early. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const withClinic = (text: string, clinicName: string) => fillPlaceholders(text, (name) => (name === 'clinic' ? clinicName : undefined));

/**
 * The chat page. The disclaimer is not on it: the bot says it in its first message, in every channel, so
 * a parent reads it once and a phone keeps its screen for the chat. Addresses are relative, so the page also works behind a proxy under a path prefix, and
 * the settings travel as inert JSON, so the Content-Security-Policy needs no inline script.
 */
export function renderWebChatPage(settings: WebChatPageSettings): string {
  const { messages, clinicName } = settings;
  const browserSettings = {
    sessionUrl: 'web/session',
    locale: settings.locale,
    colours: settings.colours,
    text: { placeholder: messages.web_input_placeholder, unavailable: messages.web_unavailable },
  };
  const logo = settings.logoSource ? `<img class="latch-logo" src="${escapeHtml(settings.logoSource)}" alt="">` : '';
  return `<!doctype html>
<html lang="${escapeHtml(settings.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(withClinic(messages.web_page_title, clinicName))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="web/latch-web-chat.css">
<link rel="stylesheet" href="web/branding.css">
</head>
<body>
<header class="latch-header">${logo}<h1>${escapeHtml(clinicName)}</h1></header>
<main class="latch-main">
<p class="latch-status" id="latch-status" role="status">${escapeHtml(messages.web_connecting)}</p>
<section class="latch-chat" id="latch-chat" aria-label="${escapeHtml(withClinic(messages.web_chat_label, clinicName))}"></section>
<noscript><p class="latch-noscript">${escapeHtml(messages.web_noscript)}</p></noscript>
</main>
<script type="application/json" id="latch-settings">${scriptSafeJson(browserSettings)}</script>
<script src="web/latch-web-chat.js" defer></script>
<script src="web/webchat.js?v=${escapeHtml(settings.webChatVersion)}" defer></script>
</body>
</html>
`;
}

/** The clinic's colours as CSS custom properties, served as a file so no inline style is needed. */
export function renderBrandingStylesheet(colours: WebChatPageSettings['colours']): string {
  return `:root {\n  --latch-accent: ${colours.accent};\n  --latch-text: ${colours.text};\n  --latch-background: ${colours.background};\n}\n`;
}
