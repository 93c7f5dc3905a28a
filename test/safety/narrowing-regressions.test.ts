import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { sharedContent } from '../support/shared-engine';

// Issue 11, the review of this round's narrowings (exceptions and scope words added to cut near-miss false
// alarms). Each wording below is a real red flag that one of them silenced: the reviewer's wordings and our
// own, each a common sign beside the benign word. The rules alone must escalate them at the row's level,
// certain, not only the learned check (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = buildRuleTriage(sharedContent());

function expectRuleFlag(text: string, row: string, level: string, message?: string): void {
  const found = triage(text, [], {});
  const got = found ? `${found.row} ${found.level} ${found.message} certain=${found.certain}` : 'no red flag';
  const wanted = `${row} ${level} ${message ?? found?.message} certain=true`;
  if (got !== wanted) throw new Error(`"${text}" got ${got}, expected ${wanted}`);
}

describe('finding 1: "back to myself", "nothing since" never close a crisis', () => {
  it.each([
    "I've been thinking everyone would be better off without me, back to myself today though",
    'I cut myself again last night, nothing since',
    'I took an overdose yesterday but I feel myself again',
    'sometimes i wish i could stop existing, I felt like that with my first too',
    'i keep thinking my family would be better off without me, feeling more normal now though',
    'i burned my arm on purpose yesterday, back to myself today',
    'i wanted to kill myself on sunday, none since',
  ])('"%s" gets the crisis line from the rules', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis');
  });
});

describe('finding 2: pregnancy or reading words never skip a born baby’s present signs', () => {
  it.each([
    ["I read about it online and got scared, my 3 week old has a rash that doesn't fade under a glass", 'baby-skin-rash'],
    ["my newborn is jaundiced and very sleepy, won't wake for feeds, I read about it on a poster at the clinic", 'baby-unresponsive'],
    ['born 2 weeks before my due date and now she is floppy', 'baby-unresponsive'],
    ['just curious, my 4 week old is breathing really fast and grunting with every breath', 'baby-breathing-seizure'],
    ["out of curiosity, my 2 week old has gone floppy and won't wake for feeds", 'baby-unresponsive'],
    ["saw a poster about sepsis, my 5 week old has a rash that doesn't fade when I press a glass on it", 'baby-skin-rash'],
    ['my daughter was born 3 weeks before my due date and her lips went blue during the feed', 'baby-breathing-seizure'],
  ])('"%s" escalates on %s', (text, row) => {
    expectRuleFlag(text, row, 'emergency');
  });
});

describe('finding 3: a verdict is a professional’s, told as one, and never closes an emergency sign', () => {
  it.each([
    ["baby's lips went blue during a feed, hopefully nothing to worry about?", 'baby-breathing-seizure'],
    ["my 10 day old has a rash that doesn't fade under a glass, my mum says it is the skin", 'baby-skin-rash'],
    ['my baby is pale and floppy, is this normal? the hv said it is normal for her to be pale', 'baby-unresponsive'],
    ['my 3 week old is grunting with every breath and breathing fast, the health visitor is happy with her weight', 'baby-breathing-seizure'],
    ['my 2 week old went stiff and jerked for a minute, the midwife said it was nothing to worry about', 'baby-breathing-seizure'],
    ['she is very floppy today, my mum says it is fine', 'baby-unresponsive'],
  ])('"%s" escalates on %s', (text, row) => {
    expectRuleFlag(text, row, 'emergency');
  });

  it.each([
    'my 3 week old is still yellow, my sister says it is nothing to worry about',
    'my 3 week old is still yellow, hopefully all fine?',
    'his poo has been white like chalk for 2 days, not concerned though',
  ])('"%s" keeps the jaundice row: no professional named, or only asked', (text) => {
    expectRuleFlag(text, 'baby-jaundice', 'urgent_today');
  });
});

describe('finding 4: exclusions no longer cancel real breathing, colour and fit signs', () => {
  it.each([
    'he breathes fast then stops breathing for 20 seconds',
    'he breathes fast then stops for 25 seconds and goes grey',
    'she is grunting with every breath in her sleep',
    'his lips and hands are blue',
    "my 2 week old's lips and hands went blue during the feed",
    "she's been having fits in the evenings",
    "my 2 week old is breathing really fast when feeding and gets sweaty and can't finish a feed",
    'my 3 week old breathes fast then stops and goes blue round the mouth',
    'he is grunting with each breath in his sleep, 10 days old',
    'her tongue and feet look blue',
    'my baby keeps having fits in the mornings',
    "she's breathing fast when she feeds and goes sweaty, 3 weeks old",
  ])('"%s" escalates on the breathing and seizure row', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency');
  });

  it('still leaves blue hands and feet with pink lips to the generic "went blue" exclusion', () => {
    expect(triage("his hands and feet go a bit blue when he's undressed but his lips are pink", [], {})).toBeUndefined();
  });
});

describe('finding 5: words elsewhere in the message never cancel a fit, mottling or psychosis', () => {
  it.each([
    ['my 3 week old had a seizure, jerking for two minutes and went rigid, it started after a loud noise', 'baby-breathing-seizure', 'emergency'],
    ['my 3 week old had a fit, jerking for two minutes and went rigid, she also sneezes a lot', 'baby-breathing-seizure', 'emergency'],
    ['my 5 week old had a fit with her arms jerking for a minute, the door had slammed earlier', 'baby-breathing-seizure', 'emergency'],
    ['he went stiff and his eyes rolled back, he startles a lot anyway', 'baby-breathing-seizure', 'emergency'],
    ["my 2 week old's skin is mottled and it hasn't gone even once she was warm", 'baby-skin-rash', 'emergency'],
    ['mottled skin and feels cold, it started when I was changing him', 'baby-skin-rash', 'emergency'],
    ["my 3 week old's legs look mottled, it came on when I undressed her and it is still there now", 'baby-skin-rash', 'emergency'],
    ["her skin is all mottled after her bath and it hasn't gone since", 'baby-skin-rash', 'emergency'],
  ])('"%s" escalates on %s', (text, row, level) => {
    expectRuleFlag(text, row, level);
  });

  it.each([
    "the baby slept well but my wife is talking non stop, hasn't slept in 3 days and is acting really strange",
    "my wife is acting really strange, talking non stop and hasn't slept in days, the baby slept well though",
    "the baby is sleeping well but my partner hasn't slept for 4 nights and is acting really strange",
    "our son slept well last night. my wife is talking non stop and hasn't slept in 3 days and is acting really strange",
  ])('"%s" gets the crisis line: the baby’s good sleep is no evidence about her', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis_partner');
  });
});

describe('finding 7: "trying to kill me" is paranoia unless told of a baby or as a joke', () => {
  it.each([
    "the nurses are trying to kill me and my baby, I haven't slept since the birth",
    "my mother in law is trying to kill me, she's poisoning my food, haven't slept in days",
    "she keeps saying the neighbours are trying to kill her and she hasn't slept for three nights",
    'everyone at the hospital is trying to kill me, i have not slept for 3 days',
  ])('"%s" gets a crisis line', (text) => {
    const found = triage(text, [], {});
    expect(found?.row).toBe('mother-mental-health');
    expect(found?.level).toBe('emergency');
    expect(found?.certain).toBe(true);
    expect(found?.message).toMatch(/^crisis/);
  });

  it('keeps the joke about a baby told as one', () => {
    expect(triage('this baby is trying to kill me with these night feeds lol', [], {})).toBeUndefined();
  });
});

describe('finding 8: a low body temperature is no room reading', () => {
  it.each([
    'baby is 2 weeks old, temp is 32.5 and she feels cold',
    'my 10 day old feels cold and the thermometer says 32',
    "newborn's armpit reading was 31.8 after the walk",
  ])('"%s" escalates on the temperature row', (text) => {
    expectRuleFlag(text, 'baby-temperature', 'emergency');
  });
});

describe('what the review fixes leave closed', () => {
  it("lets a professional named in the verdict's sentence close a sign of a row that is not an emergency", () => {
    expect(triage("my nipple cracked and bled on tuesday and after that feed he brought up milk with pink streaks. I phoned the midwife and she came and checked him, said it was my blood he'd swallowed.", [], {})).toBeUndefined();
    // The same verdict from a relative leaves the sign open.
    expect(triage("my nipple cracked and bled on tuesday and after that feed he brought up milk with pink streaks. I phoned my mum and she came and looked at him, said it was my blood he'd swallowed.", [], {})?.row).toBe('baby-blood');
  });

  it('closes mottling told as gone within minutes of warming, the sign itself and not the message around it', () => {
    expect(triage("my sister's newborn gets a lacy purple pattern on his legs when she undresses him, gone in a few minutes once he's wrapped up", [], {})).toBeUndefined();
  });
});
