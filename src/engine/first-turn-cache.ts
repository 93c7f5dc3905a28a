import type { Engine } from './create-engine';
import type { Responder } from './responder';
import { isEmbedded, markEmbedded } from './embedded-engines';
import { RecentlyUsed } from './recently-used';
import { initialConversationState, type ConversationState, type Turn, type TurnResult } from './turn-types';
import { deepFreeze } from './deep-freeze';

export interface FirstTurnCacheOptions {
  /** At most this many first turns are kept; the least recently used is forgotten first. */
  capacity?: number;
  /** Longer messages are not kept: they are rarely sent twice, and each would hold its text. */
  maximumTextLength?: number;
}

/** What a first turn's result depends on besides its text: the state before it, blank or welcomed. */
const blankState = JSON.stringify(initialConversationState());
const welcomedState = JSON.stringify({ ...initialConversationState(), disclaimerShown: true });

/**
 * The day the engine reads from a message's timestamp: it counts "born on monday" from the local weekday
 * (extractFacts) and dates such as "the 3rd" from the UTC calendar date (dialog answers), and reads nothing
 * finer. Undefined for a timestamp that is not a date, which is then never cached.
 */
function dayOf(timestamp: string): string | undefined {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()} ${date.getUTCFullYear()}-${date.getUTCMonth()}-${date.getUTCDate()}`;
}

/**
 * The engine, with the result of a conversation's first message kept for the next conversation that opens
 * with the same words on the same day: Teams prompt starters, "hi", the questions a clinic's poster
 * suggests. The engine is a pure function of the message's exact text (triage reads it as typed, so no
 * normalised form is safe as a key), its day, and the state before it, which for a first message is one of
 * two (blank, or after the welcome); any other state goes to the engine. A kept result is deep-frozen and
 * shared by every conversation it serves, which is safe because nothing changes a turn's result or state
 * after the engine made it (the transcript tests run the engine on frozen states); freezing makes a change
 * an error instead of one conversation's answer leaking into another.
 */
export function cacheFirstTurns(engine: Engine, options: FirstTurnCacheOptions = {}): Engine {
  const capacity = options.capacity ?? 512;
  const maximumTextLength = options.maximumTextLength ?? 300;
  const kept = new RecentlyUsed<TurnResult>(capacity);

  function keyOf(turn: Turn, state: ConversationState): string | undefined {
    // turnCount first: it rules out nearly every later message without serialising the state.
    if (state.turnCount !== 0 || turn.text.length > maximumTextLength) return undefined;
    const serialised = JSON.stringify(state);
    if (serialised !== blankState && serialised !== welcomedState) return undefined;
    const day = dayOf(turn.timestamp);
    return day === undefined ? undefined : `${state.disclaimerShown ? 'welcomed' : 'blank'}\n${day}\n${turn.text}`;
  }

  function respond(turn: Turn, state: ConversationState): TurnResult {
    const key = keyOf(turn, state);
    if (key === undefined) return engine.respond(turn, state);
    const known = kept.get(key);
    if (known) return known;
    const result = engine.respond(turn, state);
    // An engine is synchronous; a stand-in that answers later (a test's) is passed through, never kept.
    if (typeof (result as unknown as PromiseLike<unknown>).then === 'function') return result;
    kept.set(key, deepFreeze(result));
    return result;
  }

  // Built on the engine rather than spread from it, so what it inherits stays reachable. (Stand-ins made
  // with Object.create are not embedded engines and never reach here; see isEmbeddedEngine.)
  const cached = Object.create(engine) as Engine;
  cached.respond = respond;
  return markEmbedded(cached);
}

/**
 * The embedded engine as createEngine made it: it answers at once, from the message, its day and the state
 * alone. A model engine (whose wording comes from a model call), or a stand-in built on an engine (a test's
 * slow or failing one), is not one, and is served uncached.
 */
export function isEmbeddedEngine(responder: Responder): responder is Engine {
  return isEmbedded(responder);
}
