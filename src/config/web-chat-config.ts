import { contrastRatio } from './contrast-ratio';
import type { ContentProblem } from '../knowledge/content-error';
import type { YamlSource } from '../knowledge/yaml-source';
import { ConfigError } from './config-error';
import type { ConfigFile } from './config-file-schema';

/**
 * Web Chat's settings. Colours are checked for WCAG contrast here, so a clinic's brand colour that would make
 * buttons unreadable stops the server with the numbers (and the line) instead of shipping a faint page.
 */
export function webChatConfig(webChat: ConfigFile['web_chat'], clinicName: string | undefined, environment: NodeJS.ProcessEnv, where: { shownPath: string; source?: YamlSource }) {
  const { colours } = webChat;
  const problems: ContentProblem[] = [];
  const requireContrast = (key: 'accent' | 'text', label: string, foreground: string, background: string, minimum: number) => {
    const ratio = contrastRatio(foreground, background);
    if (ratio >= minimum) return;
    const line = where.source?.lineOf(['web_chat', 'colours', key]);
    problems.push({ file: where.shownPath, line, path: '', message: `${label}: ${foreground} on ${background} has contrast ${ratio.toFixed(2)}:1, needs at least ${minimum}:1` });
  };
  requireContrast('accent', 'web_chat.colours.accent (white text on it)', '#FFFFFF', colours.accent, 4.5);
  requireContrast('text', 'web_chat.colours.text on web_chat.colours.background', colours.text, colours.background, 4.5);
  requireContrast('accent', 'web_chat.colours.accent against web_chat.colours.background (buttons)', colours.accent, colours.background, 3);
  if (problems.length > 0) throw new ConfigError(problems);

  const limits = webChat.rate_limits;
  const secret = environment.LATCH_DIRECT_LINE_SECRET?.trim();
  return {
    /** `clinic.name`, shown as the page's heading; "latch" when unset. */
    clinicName: clinicName ?? 'latch',
    /** A file below the project root, served by latch, or an https:// address; undefined shows no logo. */
    logo: webChat.logo,
    colours: { accent: colours.accent, text: colours.text, background: colours.background },
    /** Sites allowed to show the chat page in an iframe (CSP frame-ancestors). */
    embedOrigins: webChat.embed_origins.map((origin) => new URL(origin).origin),
    tokenLifetimeSeconds: Math.round(webChat.token_lifetime_minutes * 60),
    idleSeconds: Math.round(webChat.idle_minutes * 60),
    maximumConversations: webChat.maximum_conversations,
    maximumBodyBytes: webChat.maximum_body_bytes,
    /** A hard ceiling the channel refuses; shorter messages beyond maximumMessageLength get the engine's kind reply. */
    maximumTextLength: webChat.maximum_text_length,
    rateLimits: {
      messagesPerMinutePerConversation: limits.messages_per_minute_per_conversation,
      messagesPerMinutePerAddress: limits.messages_per_minute_per_address,
      conversationsPerMinutePerAddress: limits.conversations_per_minute_per_address,
      pollsPerMinutePerConversation: limits.polls_per_minute_per_conversation,
      refreshesPerMinutePerConversation: limits.token_refreshes_per_minute_per_conversation,
    },
    /** Set when LATCH_DIRECT_LINE_SECRET is: the page then talks to Azure Direct Line instead of latch's own endpoint. */
    azureDirectLine: secret ? { endpoint: webChat.azure_direct_line.endpoint.replace(/\/+$/, ''), secret } : undefined,
    /** Signs Direct Line tokens; random per process unless LATCH_WEB_CHAT_TOKEN_KEY is set. */
    tokenKey: environment.LATCH_WEB_CHAT_TOKEN_KEY || undefined,
    /**
     * Express's `trust proxy` (hops, addresses or true), so the per-address limits see each visitor's address
     * behind a reverse proxy instead of the proxy's; undefined leaves express's default (no proxy trusted).
     */
    trustProxy: webChat.trust_proxy,
  };
}

export type WebChatConfig = ReturnType<typeof webChatConfig>;
