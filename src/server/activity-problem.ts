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
export const activitySchema = z.looseObject({
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

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, maximum: number, minimum = 0): boolean => typeof value === 'string' && value.length >= minimum && value.length <= maximum;
const optionalText = (value: unknown, maximum: number): boolean => value === undefined || isText(value, maximum);
const isAccount = (value: unknown): boolean => isObject(value) && isText(value.id, 512, 1) && optionalText(value.name, 512) && optionalText(value.role, 64);
const optionalList = (value: unknown, maximum: number, isItem: (item: unknown) => boolean): boolean =>
  value === undefined || (Array.isArray(value) && value.length <= maximum && value.every(isItem));

/**
 * The same rules as `activitySchema`, written out for the activities channels really send, so most requests
 * skip zod (which builds an object per field checked). It may only say yes where the schema says yes; on
 * anything else the schema decides, and words the problem.
 */
export function plainlyServable(body: Fields): boolean {
  const { conversation } = body;
  return (
    isText(body.type, 64, 1) &&
    optionalText(body.id, 512) &&
    isText(body.channelId, 64, 1) &&
    isText(body.serviceUrl, 2048) &&
    URL.canParse(body.serviceUrl as string) &&
    /^(https?|urn):/i.test(body.serviceUrl as string) &&
    isObject(conversation) &&
    isText(conversation.id, 1024, 1) &&
    (conversation.isGroup === undefined || typeof conversation.isGroup === 'boolean') &&
    optionalText(conversation.conversationType, 64) &&
    optionalText(conversation.tenantId, 128) &&
    optionalText(conversation.name, 512) &&
    (body.from === undefined || isAccount(body.from)) &&
    (body.recipient === undefined || isAccount(body.recipient)) &&
    (body.text === undefined || typeof body.text === 'string') &&
    optionalText(body.textFormat, 32) &&
    optionalText(body.locale, 40) &&
    optionalText(body.deliveryMode, 32) &&
    optionalText(body.replyToId, 512) &&
    optionalText(body.name, 256) &&
    optionalText(body.timestamp, 64) &&
    optionalText(body.localTimestamp, 64) &&
    optionalList(body.entities, 64, (entity) => isObject(entity) && isText(entity.type, 128) && optionalText(entity.text, 4096) && (entity.mentioned === undefined || isAccount(entity.mentioned))) &&
    optionalList(body.membersAdded, 64, isAccount) &&
    optionalList(body.membersRemoved, 64, isAccount) &&
    optionalList(body.attachments, 32, isObject) &&
    (body.channelData === undefined || isObject(body.channelData))
  );
}

/** What is wrong with a posted Activity, in a sentence for the 400 answer; undefined when it can be served. */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON Bot Framework Activity (an object)';
  const depth = jsonDepth(body);
  if (depth > maximumJsonDepth) return `the Activity nests more than ${maximumJsonDepth} levels deep`;
  if (plainlyServable(body as Fields)) return undefined;
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    return zodIssueText(parsed.error.issues[0], 'body').slice(0, 200);
  }
  return undefined;
}
