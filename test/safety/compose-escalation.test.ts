import { composeEscalation, composeSafetyCheck, contactsFor } from '../../src/safety/compose-escalation';
import { safetyCheckFlag } from '../../src/safety/safety-check';
import type { RedFlag } from '../../src/safety/triage';
import { sharedContent } from '../support/shared-engine';

// content/safety.yaml as loadSafetyRules reads it (the same file loadContent reads for the default locale), from the
// run's content snapshot: loading it here compiled every concept's phrases again (some 0.8 s of CPU).
const rules = sharedContent().safetyRules;
const flag = (message: RedFlag['message'], level: RedFlag['level'] = message.startsWith('crisis') ? 'emergency' : (message as RedFlag['level'])): RedFlag => ({
  ruleId: 'test.rule',
  level,
  message,
  means: 'What it may mean.',
});

describe('composeEscalation', () => {
  it('says 999 and 111 in en-GB and 911 in en-US', () => {
    expect(composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag('emergency'))).toContain('999');
    expect(composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag('urgent_today'))).toContain('NHS 111');
    expect(composeEscalation(rules, contactsFor(rules, 'en-US', {}), flag('emergency'))).toContain('911');
  });

  it('shows the crisis line before the emergency number for a mental-health crisis', () => {
    const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag('crisis'));
    expect(text.indexOf('116 123')).toBeGreaterThan(-1);
    expect(text.indexOf('116 123')).toBeLessThan(text.indexOf('999'));
    expect(composeEscalation(rules, contactsFor(rules, 'en-US', {}), flag('crisis'))).toContain('988');
  });

  it('names the clinic with its phone and hours on urgent and soon messages, never on an emergency', () => {
    const contacts = contactsFor(rules, 'en-GB', { clinic_name: 'Riverside Infant Feeding Clinic', clinic_phone: '01632 960 123', clinic_hours: 'weekdays 9 to 5' });
    expect(composeEscalation(rules, contacts, flag('urgent_today'))).toContain('Riverside Infant Feeding Clinic on 01632 960 123 (weekdays 9 to 5)');
    expect(composeEscalation(rules, contacts, flag('soon'))).toContain('01632 960 123');
    expect(composeEscalation(rules, contacts, flag('emergency'))).not.toContain('01632 960 123');
  });

  it('says that latch is a bot, what the sign may mean, and leaves no placeholder unfilled', () => {
    for (const message of ['emergency', 'urgent_today', 'soon', 'crisis', 'crisis_partner', 'crisis_intrusive'] as const) {
      const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag(message));
      expect(text).toContain("I'm a bot");
      expect(text).toContain('What it may mean.');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives a partner words for the partner, and the crisis line', () => {
    const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag('crisis_partner'));
    expect(text).toContain('stay with her');
    expect(text).toContain('116 123');
    expect(text).toContain('999');
  });

  it('meets intrusive thoughts calmly and still gives the crisis line', () => {
    const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag('crisis_intrusive'));
    expect(text).toContain('not the same as wanting to act');
    expect(text).toContain('116 123');
  });
});

describe('composeSafetyCheck', () => {
  it('words every row of safety.yaml conditionally, with the numbers and no placeholder left', () => {
    for (const row of Object.keys(rules.safety_check.rows)) {
      const text = composeSafetyCheck(rules, contactsFor(rules, 'en-GB', {}), row);
      expect({ row, conditional: /\bIf \w/.test(text), bot: text.includes("I'm a bot"), placeholder: /\{\w+\}/.test(text) }).toEqual({ row, conditional: true, bot: true, placeholder: false });
    }
  });

  it('names the emergency number in an emergency row, the urgent line in an urgent row', () => {
    expect(composeSafetyCheck(rules, contactsFor(rules, 'en-GB', {}), 'baby-unresponsive')).toContain('999');
    expect(composeSafetyCheck(rules, contactsFor(rules, 'en-US', {}), 'baby-unresponsive')).toContain('911');
    expect(composeSafetyCheck(rules, contactsFor(rules, 'en-GB', {}), 'baby-wet-nappies')).toContain('NHS 111');
    expect(composeSafetyCheck(rules, contactsFor(rules, 'en-GB', {}), 'mother-mental-health')).toContain('116 123');
  });

  it('is what composeEscalation sends for an uncertain flag, at the most urgent level of its row', () => {
    const check = safetyCheckFlag(rules, 'mother-mastitis');
    expect(check).toMatchObject({ level: 'emergency', certain: false, row: 'mother-mastitis' });
    const contacts = contactsFor(rules, 'en-GB', {});
    expect(composeEscalation(rules, contacts, check!)).toBe(composeSafetyCheck(rules, contacts, 'mother-mastitis'));
  });
});

describe('composeEscalation of a raised flag', () => {
  it('gives the emergency row\'s lines first, then the rule\'s own sentence and advice, with the numbers', () => {
    const ruled: RedFlag = { ...flag('urgent_today'), row: 'baby-dehydration' };
    const raised: RedFlag = { ...safetyCheckFlag(rules, 'baby-unresponsive')!, ruleId: 'raise.baby-unresponsive', raisedFrom: ruled };
    const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), raised);
    expect(text).toContain('If your baby is very hard to wake');
    expect(text).toContain('What it may mean.');
    expect(text).toContain('NHS 111');
    expect(text.indexOf('999')).toBeLessThan(text.indexOf('What it may mean.'));
    expect(text).not.toMatch(/\{\w+\}/);
    // The net's check without a rule below it says no rule's sentence.
    expect(composeEscalation(rules, contactsFor(rules, 'en-GB', {}), { ...raised, raisedFrom: undefined })).not.toContain('What it may mean.');
  });
});
