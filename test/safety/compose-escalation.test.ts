import { loadConfig } from '../../src/config';
import { composeEscalation, contactsFor } from '../../src/safety/compose-escalation';
import { loadSafetyRules } from '../../src/safety/load-safety-rules';
import type { RedFlag } from '../../src/safety/triage';

const config = loadConfig({});
const rules = loadSafetyRules(config.contentDirectory, config.projectRoot);
const flag = (message: RedFlag['message'], level: RedFlag['level'] = message === 'crisis' ? 'emergency' : message): RedFlag => ({ ruleId: 'test.rule', level, message, means: 'What it may mean.' });

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
    for (const message of ['emergency', 'urgent_today', 'soon', 'crisis'] as const) {
      const text = composeEscalation(rules, contactsFor(rules, 'en-GB', {}), flag(message));
      expect(text).toContain("I'm a bot");
      expect(text).toContain('What it may mean.');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
