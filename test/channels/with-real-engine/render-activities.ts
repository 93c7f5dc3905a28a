import { renderActivity, teamsSuggestedActionLimit } from '../../../src/channels/botbuilder/render-activities';
import { sharedEngine } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const messages = () => sharedEngine().knowledgeBase.messages;
const options = (channelId = 'msteams') => ({ messages: messages(), channelId, recipientId: 'user-1', dialNumbers: ['999', '111', '116 123'] });

describe('rendering replies as Activities', () => {
  const answer = { kind: 'answer' as const, intentId: 'milk.late', answerId: 'milk.late', short: 'Short answer.', text: 'First paragraph.\n\nSecond paragraph.', sources: ['Source document, paragraph 5', 'https://example.org/guide'] };

  it('renders an answer as an Adaptive Card 1.5: the short answer, the rest behind "Tell me more" (Action.ShowCard), the sources', () => {
    const card = renderActivity(answer, options()).attachments![0].content;
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Short answer.', wrap: true });
    expect(card.body.at(-1).text).toBe(`${messages().sources}: Source document, paragraph 5; https://example.org/guide`);
    expect(card.actions).toHaveLength(1);
    const [more] = card.actions;
    expect(more).toMatchObject({ type: 'Action.ShowCard', title: messages().more, card: { type: 'AdaptiveCard', version: '1.5' } });
    expect(more.card.body.map((block: { text: string }) => block.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('does not repeat in "Tell me more" the opening sentence the short answer has just said', () => {
    const repeating = { ...answer, short: 'Colostrum is all a newborn needs at first.', text: 'Colostrum is all a newborn needs at first. Its small amounts fit a tiny stomach.\n\nFeed often.' };
    const [more] = renderActivity(repeating, options()).attachments![0].content.actions;
    expect(more.card.body.map((block: { text: string }) => block.text)).toEqual(['Its small amounts fit a tiny stomach.', 'Feed often.']);
  });

  it('builds the card of a shared (frozen) reply once for the bot, the same card an unshared reply gets', () => {
    const shared = Object.freeze({ ...answer });
    const sameBot = options();
    const first = renderActivity(shared, sameBot).attachments!;
    expect(renderActivity(shared, { ...sameBot, recipientId: 'user-2' }).attachments).toBe(first);
    expect(Object.isFrozen(first[0].content)).toBe(true);
    expect(first).toEqual(renderActivity({ ...answer }, options()).attachments);
    // Another bot's messages or numbers get a card of their own.
    expect(renderActivity(shared, { ...sameBot, messages: { ...messages() } }).attachments).not.toBe(first);
    expect(renderActivity({ ...answer }, sameBot).attachments).not.toBe(renderActivity({ ...answer }, sameBot).attachments);
  });

  it('leaves out "Tell me more" when the full text is the short answer', () => {
    const card = renderActivity({ ...answer, text: 'Short answer.' }, options()).attachments![0].content;
    expect(card.actions).toEqual([]);
  });

  it('renders choices as imBack suggested actions for the person who asked', () => {
    const activity = renderActivity({ kind: 'choices', text: 'Did you mean?', choices: [{ label: 'A', intentId: 'a.a' }, { label: 'None', intentId: null }] }, options());
    expect(activity.text).toBe('Did you mean?');
    expect(activity.suggestedActions).toEqual({ actions: [{ type: 'imBack', title: 'A', value: 'A' }, { type: 'imBack', title: 'None', value: 'None' }], to: ['user-1'] });
  });

  it('numbers the choices in the text when Teams would hide some buttons', () => {
    const choices = Array.from({ length: teamsSuggestedActionLimit + 1 }, (_, index) => ({ label: `Option ${index + 1}`, intentId: null }));
    expect(renderActivity({ kind: 'choices', text: 'Pick one', choices }, options()).text).toContain('4. Option 4');
    expect(renderActivity({ kind: 'choices', text: 'Pick one', choices }, options('webchat')).text).toBe('Pick one');
  });

  it('renders a hand-off alone in an attention-styled card, its numbers dialable, marked important', () => {
    const text = 'I am a bot. You can talk to someone now: Samaritans on 116 123. If you are in danger, call 999 now.';
    const activity = renderActivity({ kind: 'handoff', level: 'emergency', ruleId: 'mother.crisis', text }, options());
    expect(activity).toMatchObject({ importance: 'high', channelData: { notification: { alert: true } } });
    expect(activity.text).toBeUndefined();
    expect(activity.attachments).toHaveLength(1);
    const card = activity.attachments![0].content;
    expect(card.fallbackText).toBe(text);
    expect(card.body).toHaveLength(1);
    expect(card.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(card.body[0].items[0].text).toBe('I am a bot. You can talk to someone now: Samaritans on [116 123](tel:116123). If you are in danger, call [999](tel:999) now.');
    // The crisis line first, as the message names it first; the urgent line is not in this message.
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', title: messages().call_number.replace('{number}', '116 123'), url: 'tel:116123' }),
      expect.objectContaining({ type: 'Action.OpenUrl', title: messages().call_number.replace('{number}', '999'), url: 'tel:999' }),
    ]);
  });

  it('never makes a number dialable that is not one of the contacts', () => {
    const card = renderActivity({ kind: 'handoff', level: 'emergency', ruleId: 'baby.unresponsive', text: 'Your baby is 9990 grams. Please call 999 now.' }, options()).attachments![0].content;
    expect(card.body[0].items[0].text).toBe('Your baby is 9990 grams. Please call [999](tel:999) now.');
    expect(card.actions).toHaveLength(1);
  });
});
