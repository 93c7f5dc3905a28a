/**
 * Bot Framework channel ids latch may meet. Metrics labels and log fields come only from this closed set:
 * a raw channelId is client input, and 3,000 made-up ones once made /metrics 6 MB and put message-like text
 * in the logs.
 */
const knownChannels = new Set([
  'msteams',
  'webchat',
  'directline',
  'directlinespeech',
  'emulator',
  'test',
  'm365extensions',
  'outlook',
  'omnichannel',
  'telephony',
  'slack',
  'facebook',
  'telegram',
  'sms',
  'email',
  'line',
  'kik',
  'groupme',
  'alexa',
  'skype',
  'skypeforbusiness',
  'cortana',
  'webex',
]);

/** The channel id as a metrics label or log field: itself when known, else `other`. */
export function channelLabel(channelId: unknown): string {
  return typeof channelId === 'string' && knownChannels.has(channelId.toLowerCase()) ? channelId.toLowerCase() : 'other';
}
