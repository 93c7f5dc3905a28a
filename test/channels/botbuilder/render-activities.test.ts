import { renderActivity, teamsSuggestedActionLimit } from '../../../src/channels/botbuilder/render-activities';
import { sharedEngine } from '../../support/shared-engine';

const messages = () => sharedEngine().knowledgeBase.messages;
const options = (channelId = 'msteams') => ({ messages: messages(), channelId, recipientId: 'user-1' });

describe('rendering replies as Activities', () => {
  const answer = { kind: 'answer' as const, intentId: 'milk.late', answerId: 'milk.late', short: 'Short answer.', text: 'First paragraph.\n\nSecond paragraph.', sources: ['Source document, paragraph 5', 'https://example.org/guide'] };

  it('renders an answer as an Adaptive Card 1.5 with the full text hidden behind "Tell me more"', () => {
    const card = renderActivity(answer, options()).attachments![0].content;
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Short answer.', wrap: true });
    const more = card.body.find((element: { type: string }) => element.type === 'Container');
    expect(more).toMatchObject({ isVisible: false, items: [{ text: 'First paragraph.' }, { text: 'Second paragraph.' }] });
    expect(card.actions).toEqual([{ type: 'Action.ToggleVisibility', title: messages().more, targetElements: [more.id] }]);
    expect(card.body.at(-1).text).toBe(`${messages().sources}: Source document, paragraph 5; https://example.org/guide`);
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

  it('renders a hand-off as bold plain text, marked important, never as a card', () => {
    const activity = renderActivity({ kind: 'handoff', level: 'emergency', ruleId: 'baby.unresponsive', text: 'Please call 999 now.' }, options());
    expect(activity).toMatchObject({ text: '**Please call 999 now.**', textFormat: 'markdown', importance: 'high' });
    expect(activity.attachments).toBeUndefined();
  });
});
