import fc from 'fast-check';
import { activityProblem, activitySchema, plainlyServable } from '../../src/server/activity-problem';

/** A string the schema accepts for a field of at most `maximum` characters (at least `minimum`): at its limits or in between. */
const textWithin = (maximum: number, minimum = 0) =>
  fc.oneof(fc.constantFrom(minimum, maximum).map((length) => 'x'.repeat(length)), fc.string({ minLength: Math.max(minimum, 1), maxLength: Math.min(maximum, 12) }));
/** What a broken client might put instead: one character too many, too few, or the wrong type. */
const wrongText = (maximum: number, minimum = 0) =>
  fc.oneof(fc.constant('x'.repeat(maximum + 1)), ...(minimum > 0 ? [fc.constant('')] : []), fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}));
/** Mostly right, now and then wrong, so most generated activities are servable and each rule is still broken often. */
const mostly = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ arbitrary: right, weight: 40 }, { arbitrary: wrong, weight: 1 });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const field = (maximum: number, minimum = 0) => mostly(textWithin(maximum, minimum), wrongText(maximum, minimum));
const account = mostly(fc.record({ id: field(512, 1), name: optional(field(512)), role: optional(field(64)) }), fc.oneof(fc.constant(null), fc.constant('bot'), fc.constant([]), fc.record({ name: field(512) })));
const serviceUrl = mostly(
  fc.constantFrom('https://smba.trafficmanager.net/emea/', 'http://localhost:3978', 'urn:botframework:webchat', 'HTTPS://EXAMPLE.COM', `https://example.com/${'x'.repeat(2028)}`),
  fc.constantFrom('ftp://example.com', 'not a url', '', `https://example.com/${'x'.repeat(2029)}`, null, 42),
);
const list = <T>(item: fc.Arbitrary<T>, maximum: number) => mostly(fc.array(item, { maxLength: 3 }), fc.oneof(fc.constant(Array.from({ length: maximum + 1 }, () => ({ id: 'a', type: 'a' }))), fc.constant({}), fc.constant('list')));

const activity = fc.record(
  {
    type: field(64, 1),
    id: optional(field(512)),
    channelId: field(64, 1),
    serviceUrl,
    conversation: mostly(
      fc.record({ id: field(1024, 1), isGroup: optional(mostly(fc.boolean(), fc.constant('yes'))), conversationType: optional(field(64)), tenantId: optional(field(128)), name: optional(field(512)) }),
      fc.oneof(fc.constant(null), fc.constant('c'), fc.record({ name: field(512) })),
    ),
    from: optional(account),
    recipient: optional(account),
    text: optional(mostly(fc.string(), fc.oneof(fc.constant(null), fc.integer()))),
    textFormat: optional(field(32)),
    locale: optional(field(40)),
    deliveryMode: optional(field(32)),
    replyToId: optional(field(512)),
    name: optional(field(256)),
    timestamp: optional(field(64)),
    localTimestamp: optional(field(64)),
    entities: optional(list(mostly(fc.record({ type: field(128), text: optional(field(4096)), mentioned: optional(account) }), fc.constant(null)), 64)),
    membersAdded: optional(list(account, 64)),
    membersRemoved: optional(list(account, 64)),
    attachments: optional(list(mostly(fc.constant({ contentType: 'text/plain' }), fc.constant('a')), 32)),
    channelData: optional(mostly(fc.constant({ tenant: { id: 't' } }), fc.constant([]))),
  },
  { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation'] },
);

const teamsMessage = {
  type: 'message',
  id: 'activity-1',
  text: 'is colostrum enough for my baby',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  timestamp: '2026-11-26T10:00:00.000Z',
  conversation: { id: 'conversation-1', conversationType: 'personal' },
  from: { id: 'user-1' },
  recipient: { id: 'bot' },
  entities: [{ type: 'clientInfo', locale: 'en-GB' }],
  channelData: { tenant: { id: 'tenant' } },
};

describe('the Activity check', () => {
  it('takes the short way only for activities the schema accepts too, and for most of those', () => {
    let accepted = 0;
    let short = 0;
    fc.assert(
      fc.property(activity, (body) => {
        // JSON has no undefined: drop the keys the generator left out.
        const posted = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
        const schemaAccepts = activitySchema.safeParse(posted).success;
        if (schemaAccepts) accepted++;
        if (plainlyServable(posted)) {
          short++;
          expect(schemaAccepts).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 17 },
    );
    // Both kinds are generated plenty, and the short way is not just a refusal to decide.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(2900);
    expect(short).toBe(accepted);
    // 3,000 activities through the schema and the short way: 3.7 s under load, too near jest's 5 s default.
  }, 30_000);

  it('serves a Teams message on the short way, and words the schema problem when there is one', () => {
    expect(plainlyServable(teamsMessage)).toBe(true);
    expect(activityProblem(teamsMessage)).toBeUndefined();
    expect(activityProblem({ ...teamsMessage, conversation: { id: '' } })).toMatch(/^conversation\.id: /);
    expect(activityProblem({ ...teamsMessage, serviceUrl: 'ftp://example.com' })).toBe('serviceUrl: must be an http(s) address');
  });
});
