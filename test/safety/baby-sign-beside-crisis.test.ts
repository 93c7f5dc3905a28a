import { firstReply, sharedEngine } from '../support/shared-engine';

// Issue 11 (the review of s27-beside): a crisis rule outranks every other emergency, so a baby's sign told in the
// same message ("I can't do this anymore, my baby won't wake up and she's floppy") got the crisis reply alone. The
// reply now keeps the crisis lines first and the baby's own advice after them. Wordings written for these tests.

beforeAll(() => {
  sharedEngine();
}, 60_000);

describe("a baby's emergency told beside a crisis", () => {
  it.each([
    ["I can't go on like this, and now my 3 week old won't wake for feeds and is floppy", 'hard to wake'],
    ['I want to die, and he went blue and stopped breathing for a bit, 5 weeks', 'breathing or colour'],
  ])('"%s" gives the crisis line first, then the baby\'s advice', (text, babyWords) => {
    const got = firstReply(text);
    expect(got.level).toBe('emergency');
    expect(got.reason).toMatch(/with the baby's sign baby\.\S+ beside$/);
    const crisis = got.text.indexOf('116 123');
    const baby = got.text.indexOf(babyWords);
    expect(crisis).toBeGreaterThanOrEqual(0);
    expect(baby).toBeGreaterThan(crisis);
  });
});

describe('a crisis with no baby sign', () => {
  it('"I want to die, she cries all night, 3 weeks" gets the crisis reply alone', () => {
    const got = firstReply('I want to die, she cries all night, 3 weeks');
    expect(got.reason).not.toMatch(/beside/);
    expect(got.text).toMatch(/116 123/);
    expect(got.text).not.toMatch(/hard to wake|breathing or colour/);
  });
});
