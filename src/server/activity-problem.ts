import { z } from 'zod';
import { jsonDepth, maximumJsonDepth } from '../channels/json-depth';
import { zodIssueText } from '../knowledge/zod-issue-text';

const identifier = (maximum: number) => z.string().min(1).max(maximum);
const account = z.looseObject({ id: identifier(512), name: z.string().max(512).optional(), role: z.string().max(64).optional() });
const serviceUrl = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^(https?|urn):/i.test(value), { error: 'must be an http(s) address' });

/**
 * The fields botbuilder and latch read from an Activity, with the types and sizes they assume; anything else
 * is passed through unread. Looser than the Bot Framework schema on purpose: a newer channel adding fields
 * must still be served.
 */
const activitySchema = z.looseObject({
  type: identifier(64),
  id: z.string().max(512).optional(),
  channelId: identifier(64),
  serviceUrl,
  conversation: z.looseObject({
    id: identifier(1024),
    isGroup: z.boolean().optional(),
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
    name: z.string().max(512).optional(),
  }),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().optional(),
  textFormat: z.string().max(32).optional(),
  locale: z.string().max(40).optional(),
  deliveryMode: z.string().max(32).optional(),
  replyToId: z.string().max(512).optional(),
  name: z.string().max(256).optional(),
  timestamp: z.union([z.string().max(64), z.date()]).optional(),
  localTimestamp: z.string().max(64).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(128), text: z.string().max(4096).optional(), mentioned: account.optional() })).max(64).optional(),
  membersAdded: z.array(account).max(64).optional(),
  membersRemoved: z.array(account).max(64).optional(),
  attachments: z.array(z.looseObject({})).max(32).optional(),
  channelData: z.looseObject({}).optional(),
});

/** What is wrong with a posted Activity, in a sentence for the 400 answer; undefined when it can be served. */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON Bot Framework Activity (an object)';
  const depth = jsonDepth(body);
  if (depth > maximumJsonDepth) return `the Activity nests more than ${maximumJsonDepth} levels deep`;
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    return zodIssueText(parsed.error.issues[0], 'body').slice(0, 200);
  }
  return undefined;
}
