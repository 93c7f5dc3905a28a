import { ruleExpectations } from '../../support/rule-expectations';
import { firstTurn, sharedEngine, sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, branch s8-rf-recall: red flags written by people who never saw the rules, missed at the session's
// start (eval/red-flags/train-6.yaml and the fresh c batches), widened by kind rather than by sentence. Each
// kind has the wording that was missed, variants of our own (another person, tense, number or order), and
// the near misses beside it that must stay ordinary.

beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = sharedRuleTriage();

const { expectRuleFlag } = ruleExpectations(triage);

function expectNoRule(text: string): void {
  const found = triage(text, [], {});
  if (found) throw new Error(`"${text}" raised ${found.ruleId} (${found.row} ${found.level}), expected no rule`);
}

describe('1. a means of ending her life: a vehicle steered into anything, with any article', () => {
  it.each([
    'I had this really strong urge to just swerve into the wall on the way home. LO is 8 weeks',
    'keep getting the urge to drive into that tree on the bypass',
    'on the motorway i wanted to steer into the barrier',
    'she told me she nearly crashed into a lamp post on purpose',
    'every time i drive past the bridge i think about swerving into the concrete pillar',
  ])('"%s" is a crisis', (text) => {
    expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis');
  });
  it.each(['my husband reversed into the wall of the car park, baby was fine, is the car seat still safe?'])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('2. cold skin in a baby who is also unwell (RED-FLAGS.md: pale, mottled or cold skin)', () => {
  it.each([
    'today her cry sounds weak and whimpery, she has barely fed, and she feels cold and clammy. 7 weeks',
    '10 days old, very hot but his hands and feet are freezing, hardly drinking any milk',
    "my 4 week old's tummy feels cold even after I added a cardigan and blanket, and she's gone quiet and not interested in feeding",
    'his chest feels cold to touch and he has gone really quiet, 3 weeks old',
    'she is clammy and has gone quiet, 5 weeks',
    "my son's legs are icy and he won't feed, 2 weeks",
  ])('"%s" is an emergency on the skin row', (text) => {
    expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
  });
  it.each([
    'my 3 week old has a cold and is not feeding well',
    'his hands are always chilly when i touch them but his chest is warm and he is feeding fine. 2 weeks',
    'can i give cold milk from the fridge? she is 6 weeks and not keen on it',
  ])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('3. black poo after the first week is checked as blood in the poo', () => {
  it.each([
    'my 4 week olds nappy had black bits in the poo, no idea where from',
    "my 5 week old breastfed baby's poo went black and sticky again yesterday, no iron drops or anything",
    "my baby's poo has been dark and blackish again at 10 days",
    'his poo is black like tar and he is 5 weeks old',
    'my 2 month old had a black tarry poo this morning',
  ])('"%s" is urgent today', (text) => {
    expectRuleFlag(text, 'baby-blood', 'urgent_today', 'urgent_today');
  });
  it.each(['my 3 week old is on iron drops and his poo went black', 'my 6 week old ate some blueberries at nursery and his poo has black bits'])(
    '"%s" (iron or a food) raises no blood rule',
    (text) => {
      expect(triage(text, [], {})?.row).not.toBe('baby-blood');
    },
  );
});

describe('4. blood in the sick is never read as urates; blood in the nappy after 2 weeks is not the mini period', () => {
  it.each([
    '4 days old and she vomited some dark brownish-red stuff this morning',
    'he was sick and it had reddish brown bits in it, 3 weeks',
    "my 4 week old daughter has blood in her nappy, quite a lot. she had the 'mini period' thing at day 4 but this is much more",
    'there was blood in her nappy again today and she is 3 weeks old, the mini period was ages ago',
  ])('"%s" is urgent today on the blood row', (text) => {
    expectRuleFlag(text, 'baby-blood', 'urgent_today', 'urgent_today');
  });
  it.each(['baby girl 4 days old has a streak of blood on her nappy from the front, not in the poo', 'my 5 day old girl has a bit of pink in her nappy from her vagina, the midwife said mini period'])(
    '"%s" (the first days) raises no blood rule',
    (text) => {
      expect(triage(text, [], {})?.row).not.toBe('baby-blood');
    },
  );
});

describe('5. sleepiness told by what the baby does, and feeds counted in words', () => {
  it.each([
    "my 10 day old won't stay awake to feed, she's only fed 5 times today",
    'he just can not stay awake long enough to feed, only 4 feeds yesterday, 2 weeks old',
    'she sleeps in 5 hour stretches day and night and feeds about 5 times a day, 3 weeks',
    'the baby (4 weeks) has only fed twice in 9 hours because she kept sleeping in the car seat',
    'my 2 week old has only fed once in 7 hours, he just keeps dozing',
  ])('"%s" is urgent today on the not-feeding row', (text) => {
    expectRuleFlag(text, 'baby-not-feeding', 'urgent_today', 'urgent_today');
  });
  it.each(['my 3 week old sleeps in 3 hour stretches at night and feeds 10 times a day', 'she fed twice in the last 3 hours, 2 weeks old, is that cluster feeding?'])(
    '"%s" raises no rule',
    (text) => {
      expectNoRule(text);
    },
  );
});

describe('6. hard to wake, with the baby named by age', () => {
  it.each(["can't get my 5 day old to wake up to eat since last night", 'cannot get my 2 week old to wake up for feeds'])('"%s" is an emergency', (text) => {
    expectRuleFlag(text, 'baby-unresponsive', 'emergency', 'emergency');
  });
});

describe('7. low mood told in images and by someone else, and lasting distress', () => {
  it.each([
    "since about 3 weeks after she was born I've been drinking wine every night to get through. she's 3 months. I feel like I'm drowning",
    "my daughter has a new baby, she seems flat, hasn't got dressed in weeks. baby is 2 months",
    "since the birth I've felt nervous most of the time. it's been about 5 weeks and I'm not perking up",
    'i wash my hands maybe 40 times a day, scrub door handles at 2am. 4 months of this',
    'still get flashbacks every time he feeds, nightmares most nights. its been 4 months',
    'had panic attacks on and off since the baby 3 months ago and now i snapped at my toddler',
    'every night i stand over the cot to check she is breathing. been doing it 3 months',
  ])('"%s" is soon on the low-mood row', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });
  it.each([
    'had a panic attack in the supermarket with the baby, first one ever. 5 months pp. it passed in 10 minutes and i have been fine since',
    "I feel like I'm drowning some days with a toddler and a 6 week old but I'm coping, eating and sleeping when I can",
    "the soft spot on top of his head moves with his heartbeat, it's flat not sunken. he's 2 months",
    "appetite's gone since the birth, I'm barely eating. do I need a multivitamin?",
    '7 months of waking every 2 hours and I am exhausted. is it ok to drop night feeds?',
  ])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('8. milk told as late by the staff or the writer, from day 4', () => {
  it.each([
    "it's day 4 and I've been pumping every 3 hours for my NICU baby and only ever get a few drops, the nurses said it should have increased by now",
    'day 5, still only drops of colostrum, the midwife said my milk should have come in by now',
  ])('"%s" is urgent today on the milk-not-in row', (text) => {
    expectRuleFlag(text, 'mother-milk-not-in', 'urgent_today', 'urgent_today');
  });
  it.each(['day 2 and only drops of colostrum, is that normal?'])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe("9. the mother's own lips gone blue or grey", () => {
  it.each(['my lips and fingers went grey-blue and I could not get my words out, 3 weeks after my c-section', 'my lips keep going blue and i am 5 days postpartum'])(
    '"%s" is an emergency on the mother-physical row',
    (text) => {
      expectRuleFlag(text, 'mother-physical', 'emergency', 'emergency');
    },
  );
});

describe('10. a birth dated "last month" dates the birth, not the sign; the baby’s absent dad is not a father’s low mood', () => {
  it.each([
    "my friend had her baby last month and she's lost interest in everything she loved, weepy, not sleeping",
    "16 and had my daughter 2 months ago. no motivation for anything most days, her dad isnt around",
    'lost my dad when i was little. the anxiety is constant now, every ache i am sure i am dying. 5 months pp',
  ])('"%s" is soon on the low-mood row', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });
  // The rules read low mood (soon); the learned check, since it learnt train-17 to train-25 (s27-net), holds a
  // crisis possible here and leans the reply to the crisis line (crisis_lean: in doubt about a crisis, the line).
  it('"my sister gave birth 2 months ago and she has lost interest in everything, she seems flat" is low mood on the rules, a red flag in the reply', () => {
    const text = 'my sister gave birth 2 months ago and she has lost interest in everything, she seems flat';
    const found = triage(text, [], {});
    expect({ row: found?.row, level: found?.level, certain: found?.certain }).toEqual({ row: 'mother-low-mood', level: 'soon', certain: true });
    const { trace, replies } = firstTurn(text);
    expect(trace.route).toBe('red_flag');
    expect([found?.ruleId, 'check.mother-mental-health']).toContain(trace.redFlag?.ruleId);
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  });
  it.each(['my baby was born 2 months ago with jaundice, all fine now', 'my husband is really low since the baby, 2 months, what can I do'])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('11. compulsions and flashbacks with any duration; checking only with how long it has lasted', () => {
  it.each([
    'i wash my hands maybe 40 times a day, scrub door handles at 2am. 4 months',
    "4 months after the emergency c section and i still get flashbacks, i'm back in theatre. nightmares most nights",
  ])('"%s" is soon on the low-mood row', (text) => {
    expectRuleFlag(text, 'mother-low-mood', 'soon', 'soon');
  });
  it.each([
    "she's 3 weeks and my mum says I check her breathing 20 times a night. she's perfectly well, feeding, gaining",
    'had one nightmare the baby was lost in the bed, woke up in a sweat. 10 days old',
    "my daughter had her baby on monday and has been tearful on and off since yesterday, but she's eating and sleeping",
  ])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('12. yellow skin with a weak cry or hardly crying is read with floppiness', () => {
  it.each([
    "my jaundiced 10 day old has been treated but today he's refusing feeds, and his cry has gone weak and whiny",
    "my 11 day old has been yellow all week and now she's not crying much, she used to scream for feeds",
    'she is jaundiced and her cry is really weak today, 6 days old',
  ])('"%s" is an emergency on the jaundice row', (text) => {
    expectRuleFlag(text, 'baby-jaundice', 'emergency', 'emergency');
  });
});

describe('13. a seizure described rather than named', () => {
  it.each([
    "she jerks her arms and legs over and over, even when she's awake and I hold her limbs it doesn't stop. 2 weeks",
    'he curled up stiff into a ball for a few seconds with his eyes turned to the side, three times this morning',
    'my 5 week old is very sleepy and had a funny twitchy episode',
    'his eyes went to one side and he went rigid for a few seconds, 3 weeks',
  ])('"%s" is an emergency on the breathing-seizure row', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency', 'emergency');
  });
  it.each([
    "our 9 week old has jerky arm movements only when she's crying hard, then they stop and she's fine",
    'jerky arm movements and clenched fists when she is tired, then she drops off. 10 days old',
    'his arms jerk when he is falling asleep, 2 weeks',
  ])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('14. a temperature taken rectally is the baby’s, whoever took it', () => {
  it.each(["3 week old, she felt warm so I took a rectal temp and it's 100.6", 'i took his temperature rectally, 38.3, he is 6 weeks old'])('"%s" is an emergency on the temperature row', (text) => {
    expectRuleFlag(text, 'baby-temperature', 'emergency', 'emergency');
  });
  it.each(['i took a rectal temp and it is 37.2, she is 3 weeks'])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});

describe('15. she has left in distress and cannot be reached: the crisis line, for the partner', () => {
  it.each([
    'she came back from the gp really agitated, said the baby should just be left alone and walked out the door swearing. its been an hour and she isnt answering her phone',
    'my wife stormed out sobbing an hour ago and her phone is switched off, baby is 3 weeks',
  ])('"%s" is a crisis', (text) => {
    const found = triage(text, [], {});
    expect({ text, row: found?.row, level: found?.level, message: found?.message }).toEqual({ text, row: 'mother-mental-health', level: 'emergency', message: 'crisis_partner' });
    expect(firstTurn(text).trace.route).toBe('red_flag');
  });
  it.each(["my wife went out for a walk and isn't answering her phone, baby needs a feed, can I give formula?", "my wife stormed out after we argued about the night feeds and now she's not picking up"])(
    '"%s" raises no rule',
    (text) => {
      expectNoRule(text);
    },
  );
});

describe('16. meconium told as never changed ("anything but black")', () => {
  it.each(["my own baby's poo hasn't been anything but black since birth and she's 5 days", 'his poo has been nothing but black since birth, 4 days old'])('"%s" is urgent today on the dirty-nappies row', (text) => {
    expectRuleFlag(text, 'baby-dirty-nappies', 'urgent_today', 'urgent_today');
  });
  it.each(['my 1 day old has had nothing but black poo, is that normal'])('"%s" raises no rule', (text) => {
    expectNoRule(text);
  });
});
