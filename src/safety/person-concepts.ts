/**
 * The concepts that name a person other than the writer (her baby, a child or person who may be either, her
 * partner, someone else): where one is told, a sign or number with no person of its own may be theirs, not hers.
 */
export const otherPersonConcepts: readonly string[] = ['who_baby', 'who_ambiguous', 'who_partner', 'who_other'];
