// Words the scopes of a sign told in the past (isResolved, isLongPast, isToldOver) read a story by.

/** Words that make "gone" or "clear" an expectation rather than news: "should have gone by now". */
export const expectationWords = new Set(['should', 'meant', 'supposed', 'expected', 'hoped', 'hoping', 'would', 'might', 'until', 'till', 'before', 'waiting']);

export const birthVerbs = new Set(['born', 'birth', 'delivered', 'had', 'arrived', 'labour', 'labor', 'section', 'baby', 'postpartum', 'pp']);
export const pastVerbs = new Set(['had', 'was', 'were', 'got', 'did', 'needed', 'went']);

/** Verbs that tell a story in the past ("had pnd after my son", "lost a lot of blood", "used to self harm"): see isToldOver. */
export const storyVerbs = new Set([...pastVerbs, 'used', 'lost', 'passed', 'developed', 'became', 'started', 'began', 'spent', 'caught', 'ended', 'suffered', 'turned', 'slept']);
/** A story's verb: one of storyVerbs, or any longer word in "-ed" ("turned", "stopped", "developed"). */
export const isStoryVerb = (word: string): boolean => storyVerbs.has(word) || (word.length >= 5 && word.endsWith('ed'));
/** Words before a past participle that make it so now: "she's lost interest", "he has slept all day". */
export const presentPerfect = new Set(['has', 'have', 'is', 'are', 's', 've']);
