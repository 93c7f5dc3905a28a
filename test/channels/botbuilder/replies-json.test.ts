import type { Attachment } from 'botbuilder';
import { repliesJson as chunksOf, withRememberedJson } from '../../../src/channels/botbuilder/replies-json';

const repliesJson = (body: unknown) => Buffer.concat(chunksOf(body).map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))).toString();

const card = (text: string): Attachment => ({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text, wrap: true }] } });
const reference = { channelId: 'msteams', conversation: { id: 'c1' }, from: { id: 'bot' }, recipient: { id: 'u1' }, replyToId: 'a1' };

describe('repliesJson', () => {
  it('writes remembered attachments from their JSON, reading back as JSON.stringify would', () => {
    const attachments = withRememberedJson([card('Colostrum comes in small amounts, "just right".')]);
    const body = { activities: [{ type: 'message', text: 'first' , ...reference }, { type: 'message', attachments, ...reference }, { attachments }] };
    const json = repliesJson(body);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(body)));
    expect(json).toContain(`"attachments":${JSON.stringify(attachments)}`);
    // The card's bytes are the ones made once, not serialised again.
    const [cardBytes] = chunksOf(body).filter((chunk) => Buffer.isBuffer(chunk));
    expect(chunksOf(body).filter((chunk) => Buffer.isBuffer(chunk))[0]).toBe(cardBytes);
  });

  it('is JSON.stringify for any other body', () => {
    const fresh = { activities: [{ type: 'message', attachments: [card('made for one turn')] }] };
    expect(repliesJson(fresh)).toBe(JSON.stringify(fresh));
    const attachments = withRememberedJson([card('shared')]);
    const other = { activities: [{ attachments }], more: 1 };
    expect(repliesJson(other)).toBe(JSON.stringify(other));
    expect(repliesJson({ status: 200 })).toBe('{"status":200}');
  });

  it('freezes what it remembers, so a change meant for one conversation cannot reach the others', () => {
    const attachments = withRememberedJson([card('shared')]);
    expect(Object.isFrozen(attachments)).toBe(true);
    expect(() => {
      (attachments[0].content as { type: string }).type = 'changed';
    }).toThrow(TypeError);
  });
});
