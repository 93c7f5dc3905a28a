/**
 * A Bot Framework activity as the web channel holds it: the JSON Direct Line carries, of which the routes read
 * only the fields below and keep the rest as sent. It is the web's own, so the web channel needs nothing from
 * channels/botbuilder (which implements WebBot and imports from here, never the other way round); the
 * protocol's full shape, and the SDK's type for it, stay in that folder.
 */
export type Activity = {
  type: string;
  id: string;
  timestamp: Date;
  conversation: { id: string };
  text: string;
  [field: string]: unknown;
};
