import { netOnlyRedFlags } from '../../support/net-only-red-flags';
import { firstTurn, sharedContent, sharedEngine, sharedRuleTriage } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const content = sharedContent();
const triage = sharedRuleTriage();
const flag = (text: string) => triage(text, [], {});

describe('rule triage reads meaning, not exact wording', () => {
  it.each([
    ['the belly button is bleeding', 'baby.blood'],
    ['her tummy button keeps bleeding onto the vest', 'baby.blood'],
    ['the soft spot on his head is sunken', 'baby.dehydration'],
    ['his soft spot has sunk in', 'baby.dehydration'],
    ['lips going grey-blue while she feeds', 'baby.breathing_seizure'],
    ['did the glass test and the rash is still there', 'baby.skin'],
    ['wee like strong tea', 'baby.wet_nappies'],
    ['rusty stains in the nappy, she is 5 days old', 'baby.wet_nappies'],
    ['one calf is hot and swollen, had the baby last week', 'mother.emergency_signs'],
    ['soaking a pad every hour with clots', 'mother.emergency_signs'],
    ['no feed for 8 hours and he is 5 days old', 'baby.feeding_poorly'],
    ['i dont want to wake up tomorrow', 'mother.self_harm'],
    ['she has not slept for days and says the tv is sending her messages', 'mother.self_harm'],
  ])('"%s" raises %s', (text, ruleId) => {
    expect(flag(text)?.ruleId).toBe(ruleId);
  });

  it('reads ages and weights in every common form', () => {
    expect(flag('he went from 3.5 kg to 3.1 kg')?.ruleId).toBe('baby.weight_loss');
    expect(flag('baby is 10 days and has had two wet nappies today')?.ruleId).toBe('baby.wet_nappies');
    expect(flag('my four and a half month old has a temperature of 39.2')).toMatchObject({ ruleId: 'baby.fever', level: 'urgent_today' });
    expect(flag('my 6 week old has a temperature of thirty eight point two')).toMatchObject({ ruleId: 'baby.fever', level: 'emergency' });
  });
});

describe('negation and "it is gone now" have a scope', () => {
  it('does not raise a negated sign', () => {
    expect(flag('no fever, just tired')).toBeUndefined();
    expect(flag('she is not floppy at all')).toBeUndefined();
    expect(flag("he doesn't have a rash")).toBeUndefined();
  });

  it('does not let a negation reach past "and" or a comma', () => {
    expect(flag('she will not feed and keeps falling asleep, so floppy')?.ruleId).toBe('baby.unresponsive');
    expect(flag('no fever, but he is floppy')?.ruleId).toBe('baby.unresponsive');
  });

  it('lets "gone now" close only the sign it follows', () => {
    expect(flag('had a fever of 38.5 last week, gone now')).toBeUndefined();
    expect(flag('my baby was jaundiced at birth but the midwife says he is fine now')).toBeUndefined();
    expect(flag('she is floppy and not waking, the fever has gone now')?.ruleId).toBe('baby.unresponsive');
  });
});

describe('whose sign it is', () => {
  it("does not raise the baby's fever or dehydration rule for the mother's own sign", () => {
    expect(flag('i have a temperature of 38.5 and my baby is 2 weeks old')?.ruleId).not.toBe('baby.fever');
    expect(flag('my mouth is so dry since the birth')).toBeUndefined();
    expect(flag('my 3 week old has a temperature of 38.5')?.ruleId).toBe('baby.fever');
    expect(flag('her mouth is dry and she is 3 weeks old')?.ruleId).toBe('baby.dehydration');
  });

  it("gives a partner's report of a crisis words for the partner", () => {
    expect(flag('my wife keeps hearing voices')).toMatchObject({ ruleId: 'mother.self_harm', message: 'crisis_partner' });
    expect(flag('i keep hearing voices')).toMatchObject({ ruleId: 'mother.self_harm', message: 'crisis' });
  });

  it('meets intrusive thoughts about the baby with their own calm crisis message', () => {
    expect(flag('i keep getting pictures in my head of smothering her')).toMatchObject({ level: 'emergency', message: 'crisis_intrusive' });
  });
});

describe('fewer false alarms (issue 11)', () => {
  it.each([
    "noticed an orange stain in my 2 day old's nappy, the midwife said urates are common now?",
    "he hasn't fed for 2 hours, is that ok",
    'what does newborn jaundice look like?',
    'my milk came in and my breasts feel hot and full',
    "baby's poo is yellow and seedy",
  ])('does not raise a rule for "%s"', (text) => {
    expect(flag(text)).toBeUndefined();
  });

  it('answers a general jaundice question instead of escalating it', () => {
    expect(firstTurn('what does newborn jaundice look like?').trace.route).not.toBe('red_flag');
  });
});

describe('the learned safety check', () => {
  // Training messages the rules miss and the net catches (found afresh: they change as rules and net learn).
  // Finding them reads the corpus through the rules and the engine: seconds under load, so before the test.
  let caught: ReturnType<typeof netOnlyRedFlags>;
  beforeAll(() => {
    caught = netOnlyRedFlags(5);
  }, 60_000);

  it('is never sent with an ordinary answer beside it, says it is not certain, and words its row conditionally', () => {
    expect(caught.length).toBeGreaterThan(0);
    for (const { text, row } of caught) {
      expect(flag(text)).toBeUndefined();
      const { trace, replies } = firstTurn(text);
      expect(trace.route).toBe('red_flag');
      expect(trace.redFlag?.certain).toBe(false);
      expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
      const handoff = replies.find((reply) => reply.kind === 'handoff');
      // The row's first line, worded as a condition: "If your baby ...".
      const condition = content.safetyRules.safety_check.rows[row][0].if.slice(0, 12);
      expect(handoff && handoff.kind === 'handoff' ? handoff.text : '').toContain(`If ${condition}`);
    }
  });
});
