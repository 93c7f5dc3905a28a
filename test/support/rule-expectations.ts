import { buildRuleTriage } from '../../src/app/build-rule-triage';
import type { RuleTriage } from '../../src/safety/triage';
import { firstTurn, sharedContent, sharedEngine } from './shared-engine';

/**
 * The red-flag tests' shared checks over the rules alone (and, for a flag, the whole first turn too), so each
 * test file of widenings or narrowings states only its messages.
 */
export function ruleExpectations(triage: RuleTriage) {
  /** No rule escalates the message. */
  function expectNoRuleFlag(text: string): void {
    const found = triage(text, [], {});
    if (found) throw new Error(`"${text}" got ${found.row} ${found.level} from ${found.ruleId} (${(found.matched ?? []).join('; ')}), expected no red flag`);
  }

  /** A rule escalates it with certainty at `level`; `message`: 'crisis' accepts any crisis wording (the partner's too). */
  function expectRuleLevel(text: string, level: string, message?: string): void {
    const found = triage(text, [], {});
    const kind = message && found?.message.startsWith(message) ? message : found?.message;
    const got = found ? `${found.level}${message ? ` ${kind}` : ''} certain=${found.certain}` : 'no red flag';
    const wanted = `${level}${message ? ` ${message}` : ''} certain=true`;
    if (got !== wanted) throw new Error(`"${text}" got ${got}, expected ${wanted}`);
  }

  /**
   * The rules alone give the row, its level and which wording; the whole pipeline, as `latch classify` sees a
   * first message, gives that rule's escalation and nothing that could read as "it's normal" beside it.
   */
  function expectRuleFlag(text: string, row: string, level: string, message: string): void {
    const found = triage(text, [], {});
    const got = found ? `${found.row} ${found.level} ${found.message} certain=${found.certain}` : 'no red flag';
    if (got !== `${row} ${level} ${message} certain=true`) throw new Error(`"${text}" got ${got}, expected ${row} ${level} ${message} certain=true`);
    const { trace, replies } = firstTurn(text);
    expect({ text, route: trace.route, rule: trace.redFlag?.ruleId, level: trace.redFlag?.level, certain: trace.redFlag?.certain }).toEqual({ text, route: 'red_flag', rule: found?.ruleId, level, certain: true });
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  }

  /** Neither a rule (on the words as typed or as corrected) nor the learned check sends the red-flag route on a first message. */
  function expectOrdinary(text: string): void {
    expectNoRuleFlag(text);
    const { trace } = firstTurn(text);
    expect({ text, route: trace.route, flag: trace.redFlag?.ruleId }).toEqual({ text, route: expect.not.stringMatching(/^red_flag$/), flag: undefined });
  }

  return { expectNoRuleFlag, expectRuleLevel, expectRuleFlag, expectOrdinary };
}

/**
 * A red-flag test file's rules over the real content with the checks above. The whole engine (content, cached
 * model, safety net) the whole-turn checks need is built once before the file's tests, outside their time
 * limits: on a busy machine it takes seconds, and a first test that built it used 2.63 of its 5 s (load 11).
 */
export function sharedRuleExpectations() {
  beforeAll(() => {
    sharedEngine();
  }, 60_000);
  const triage = buildRuleTriage(sharedContent());
  return { triage, ...ruleExpectations(triage) };
}
