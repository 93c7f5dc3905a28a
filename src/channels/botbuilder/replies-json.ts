import type { Attachment } from 'botbuilder';
import { deepFreeze } from '../../engine/deep-freeze';

/** Attachment lists made once for a reply that many conversations share, with their JSON made once too. */
const attachmentsJson = new WeakMap<object, Buffer>();

/** A JSON text in pieces, written one after another: strings, and the remembered cards' bytes as they are. */
export type JsonChunks = readonly (string | Buffer)[];

/**
 * Keeps `attachments` with its JSON, so each answer that carries it is serialised without it: an Adaptive
 * Card is most of a reply's 4 kB, and the same few cards go out over and over (the first-turn cache's
 * answers). Its bytes are written to the socket as they are, so the card is neither serialised nor copied
 * into a string again for each answer. The list and its cards are frozen, as the results they come from
 * are: shared by every conversation, a change to one would be an error, not another person's answer.
 */
export function withRememberedJson(attachments: Attachment[]): Attachment[] {
  deepFreeze(attachments);
  attachmentsJson.set(attachments, Buffer.from(JSON.stringify(attachments)));
  return attachments;
}

/**
 * The JSON of a Bot Framework response body, as JSON.stringify writes it, except that a reply whose
 * attachments were made by `withRememberedJson` has their JSON put in as made (its `attachments` key moves
 * last, which no JSON reader minds). Any other body is JSON.stringify's, in one piece.
 */
export function repliesJson(body: unknown): JsonChunks {
  const activities = onlyActivities(body);
  if (!activities || !activities.some(hasRememberedAttachments)) return [JSON.stringify(body)];
  const chunks: (string | Buffer)[] = [];
  let text = '{"activities":[';
  activities.forEach((activity, index) => {
    if (index > 0) text += ',';
    if (!hasRememberedAttachments(activity)) {
      text += JSON.stringify(activity);
      return;
    }
    const { attachments, ...others } = activity as { attachments: object };
    const json = JSON.stringify(others);
    text += `${json.length > 2 ? `${json.slice(0, -1)},` : '{'}"attachments":`;
    chunks.push(text, attachmentsJson.get(attachments)!);
    text = '}';
  });
  chunks.push(`${text}]}`);
  return chunks;
}

/** The activities of an `expectReplies` body, `{ activities: [...] }` and nothing else; else undefined. */
function onlyActivities(body: unknown): unknown[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { activities, ...others } = body as { activities?: unknown };
  return Array.isArray(activities) && Object.keys(others).length === 0 ? activities : undefined;
}

function hasRememberedAttachments(activity: unknown): boolean {
  const attachments = (activity as { attachments?: unknown } | null)?.attachments;
  return typeof attachments === 'object' && attachments !== null && attachmentsJson.has(attachments);
}
