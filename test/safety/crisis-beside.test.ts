import { firstReply, sharedEngine, sharedRuleTriage } from '../support/shared-engine';

// Issue 11, s27-beside: a crisis told in words a baby's rule reads first ("go to sleep and not wake up" is a
// baby hard to wake to the rules) kept the baby's reply only. The net reads the crisis; the reply keeps the
// rule's own advice first and adds the crisis lines after it. Wordings from the training corpora's kind.

const triage = sharedRuleTriage();

beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('a crisis the net reads beside a baby rule', () => {
  const text = "my girlfriend keeps saying she'd like to go to sleep and just not wake up";

  it('is read by a baby rule, not a crisis rule (what the crisis line is added to)', () => {
    const found = triage(text, [], {});
    expect(found?.row).toBe('baby-unresponsive');
    expect(found?.message.startsWith('crisis')).toBe(false);
  });

  it("keeps the rule's reply first and gives the crisis line after it, at the emergency level", () => {
    const reply = firstReply(text);
    expect(reply.reason).toMatch(/with the crisis check beside$/);
    expect(reply.level).toBe('emergency');
    const own = reply.text.indexOf('hard to wake');
    const crisis = reply.text.indexOf('thoughts of suicide');
    expect(own).toBeGreaterThanOrEqual(0);
    expect(crisis).toBeGreaterThan(own);
    expect(reply.text).toMatch(/116 123/);
  });
});

describe("a baby's own emergency gets no crisis line", () => {
  it.each(["my 3 week old is floppy and I can't wake him for feeds", 'my baby is 5 days old and has gone blue around the lips'])('"%s"', (text) => {
    const reply = firstReply(text);
    expect(reply.level).toBe('emergency');
    expect(reply.reason).not.toMatch(/crisis check beside/);
    expect(reply.text).not.toMatch(/thoughts of suicide/);
  });
});
