import type { Facts } from '../nlu/extract-facts';
import { choiceByLabel, choiceByNumber } from '../knowledge/pressed-choice';
import { fillPlaceholders } from '../knowledge/placeholders';
import { dayOfLife, matchesDialogCondition, valueOf, type DialogValues } from './dialog-condition';
import type { DialogBranch, DialogDefinition, DialogSlot, SlotValue } from './dialog-schema';
import { minimumForDays } from './dialog-condition';
import type { NappyChart } from '../safety/nappy-chart';
import { readSlotAnswer, type ReadContext } from './read-slot-answer';
import type { DialogReply } from './dialog-reply';
import type { DialogState } from './dialog-state';

export type { DialogState } from './dialog-state';

export type DialogTurn = { kind: 'start' } | { kind: 'resume' } | { kind: 'answer'; read: ReadContext };

export interface DialogContext {
  /** Everything known about the person, including what this message said. */
  facts: Facts;
  chart: NappyChart;
}

export type DialogOutcome =
  | { kind: 'asked'; slot: string }
  | { kind: 'not_read'; slot: string }
  | { kind: 'gave_up'; say: string; answerId: string | undefined }
  | { kind: 'finished'; branch: DialogBranch };

export interface DialogResult {
  replies: DialogReply[];
  /** null once the dialog has ended. */
  state: DialogState | null;
  outcome: DialogOutcome;
  /** The facts this dialog has learnt so far, from its slots. */
  facts: Facts;
}

/** Two unreadable answers to the same question end the dialog: asking a third time wears people out. */
export const maximumMisses = 2;

/** The pure dialog runner: the definition, where the dialog stands and one turn in; replies and the next state out. */
export function runDialog(definition: DialogDefinition, previous: DialogState | null, turn: DialogTurn, context: DialogContext): DialogResult {
  const state: DialogState =
    turn.kind === 'start' || !previous ? { id: definition.id, values: {}, asking: null, misses: 0 } : { ...previous, values: { ...previous.values } };
  const result = (replies: DialogReply[], next: DialogState | null, outcome: DialogOutcome): DialogResult => ({ replies, state: next, outcome, facts: learntFacts(definition, state.values) });
  const known = () => ({ ...context.facts, ...learntFacts(definition, state.values) });

  if (turn.kind === 'answer' && state.asking) {
    const slot = definition.slots.find((candidate) => candidate.id === state.asking);
    const value = slot && readAnswer(slot, turn.read);
    if (slot && value === undefined) {
      state.misses += 1;
      if (state.misses >= maximumMisses) return result([], null, { kind: 'gave_up', say: definition.on_give_up.say, answerId: definition.on_give_up.answer });
      return result([{ kind: 'text', text: slot.help }, question(slot, state.values, context)], state, { kind: 'not_read', slot: slot.id });
    }
    if (slot && value !== undefined) state.values[slot.id] = value;
  }

  // A red flag is sent as soon as the answers show it, without asking the remaining questions first.
  const urgent = definition.branches.find((branch) => branch.red_flag && branch.when && matchesDialogCondition(branch.when, state.values, known(), context.chart));
  if (urgent) return result([], null, { kind: 'finished', branch: urgent });

  const next = nextSlot(definition, state.values, context);
  if (next) {
    state.asking = next.id;
    if (turn.kind !== 'resume' || previous?.asking !== next.id) state.misses = 0;
    return result([question(next, state.values, context)], state, { kind: 'asked', slot: next.id });
  }
  const branch = definition.branches.find((candidate) => !candidate.when || matchesDialogCondition(candidate.when, state.values, known(), context.chart));
  // The loader insists the last branch has no `when`, so a branch is always found; this guards hand-built definitions.
  if (!branch) throw new Error(`dialog ${definition.id}: no branch matches and the last branch has a condition`);
  return result([], null, { kind: 'finished', branch });
}

/** The first slot still to fill whose `ask_when` holds; a slot whose fact is already known is filled from it. */
function nextSlot(definition: DialogDefinition, values: Record<string, SlotValue>, context: DialogContext): DialogSlot | undefined {
  for (const slot of definition.slots) {
    if (values[slot.id] !== undefined) continue;
    // A day of life known only as a range ("5 days or more") fills the question too, as that range.
    const known = slot.fact ? (context.facts[slot.fact] ?? (slot.fact === 'days_since_birth' ? context.facts.days_since_birth_range : undefined)) : undefined;
    if (known !== undefined) {
      values[slot.id] = known;
      continue;
    }
    if (slot.ask_when && !matchesDialogCondition(slot.ask_when, values, context.facts, context.chart)) continue;
    return slot;
  }
  return undefined;
}

function readAnswer(slot: DialogSlot, read: ReadContext): SlotValue | undefined {
  const pressed = choiceByLabel(read.raw, slot.choices);
  if (pressed) return pressed.value;
  // Where a number is not itself an answer (yes/no, how the baby was born), it picks the numbered button,
  // as the terminal shows them; for days and counts "2" means 2.
  const numbered = slot.read === 'yes_no' || slot.read === 'birth_type' ? choiceByNumber(read.raw, slot.choices) : undefined;
  if (numbered) return numbered.value;
  // "it's my second" answers "is this your first baby?" through the facts it states.
  const stated = slot.fact ? read.messageFacts[slot.fact] : undefined;
  return (stated as SlotValue | undefined) ?? readSlotAnswer(slot.read, read);
}

function question(slot: DialogSlot, values: DialogValues, context: DialogContext): DialogReply {
  const text = fillQuestion(slot.question, values, context);
  if (slot.choices.length === 0) return { kind: 'text', text };
  return { kind: 'choices', text, choices: slot.choices.map((choice) => ({ label: choice.label, intentId: null })) };
}

/** Placeholders a question may use; the loader checks questions against this list. */
export const questionPlaceholders = ['days_since_birth', 'wet_nappies_minimum', 'dirty_nappies_minimum'] as const;

function fillQuestion(text: string, values: DialogValues, context: DialogContext): string {
  const day = dayOfLife(values, context.facts);
  const days = valueOf('days_since_birth', values, context.facts);
  const span = typeof days === 'number' ? Math.max(days, 1) : typeof days === 'object' ? days : undefined;
  const filled: Record<(typeof questionPlaceholders)[number], string | undefined> = {
    days_since_birth: day === undefined ? undefined : String(day),
    wet_nappies_minimum: span === undefined ? undefined : String(minimumForDays(context.chart, 'wet_nappies', span) ?? ''),
    dirty_nappies_minimum: span === undefined ? undefined : String(minimumForDays(context.chart, 'dirty_nappies', span) ?? ''),
  };
  // An empty value (no chart row for that day) leaves the placeholder as written, as a missing one does.
  return fillPlaceholders(text, (name) => filled[name as keyof typeof filled] || undefined);
}

/** The facts a dialog's answers hold, e.g. days_since_birth from its first question. */
export function learntFacts(definition: DialogDefinition, values: DialogValues): Facts {
  const facts: Record<string, SlotValue> = {};
  for (const slot of definition.slots) {
    const value = values[slot.id];
    if (!slot.fact || value === undefined) continue;
    // A range is kept as a range, so no later answer says "born 5 days ago" to someone who said "5 or more".
    if (slot.fact === 'days_since_birth' && typeof value === 'object') facts.days_since_birth_range = value;
    else facts[slot.fact] = value;
  }
  if (typeof facts.days_since_birth === 'number') facts.baby_age_weeks = Math.floor(facts.days_since_birth / 7);
  return facts as Facts;
}
