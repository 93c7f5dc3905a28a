import { isCrisisMessage } from './crisis-message';
import { crisisRowOf } from './safety-check';
import type { SafetyNet } from './safety-net';
import type { SafetyFile } from './safety-schema';
import type { RedFlag, RuleTriage } from './triage';

/**
 * Asked when a flag other than a crisis line is found: the same flag at the emergency level with the crisis
 * row's conditional lines after its own advice, when the net holds the crisis row at least `share` likely,
 * or nothing. A partner's "she keeps saying she'd like to go to sleep and not wake up" is read by the rules
 * as a baby hard to wake; the net reads the crisis. The rule's reply stays first (a baby not breathing keeps
 * its instructions at the top) and the crisis line follows it (issue 11: when in doubt about a crisis, the line).
 */
export type CrisisBeside = (text: string, found: RedFlag) => RedFlag | undefined;

export function createCrisisBeside(file: SafetyFile, rules: RuleTriage, net: SafetyNet, share = file.safety_check.crisis_beside?.share): CrisisBeside | undefined {
  if (share === undefined) return undefined;
  const crisisRow = crisisRowOf(file);
  const crisisLabel = crisisRow === undefined ? -1 : net.rowNames.indexOf(crisisRow);
  if (crisisLabel < 0) return undefined;
  return (text, found) => {
    if (isCrisisMessage(found.message)) return undefined;
    const { probabilities } = net.assess(rules.recogniser.recognise(text));
    return probabilities[crisisLabel] < share ? undefined : { ...found, level: 'emergency', crisisCheckBeside: crisisRow };
  };
}
