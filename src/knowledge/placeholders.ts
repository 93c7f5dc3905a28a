/** A placeholder is a name in braces, lowercase words joined by underscores: `{days_since_birth}`, `{emergency}`. */
const placeholderPattern = /\{([a-z_]+)\}/g;

/** The names of the placeholders in a text, in order, so a loader can check each is known where it is used. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]);
}

/**
 * Every placeholder filled with its value; one with no value (undefined) stays as written, so a missing value
 * shows up in the text and in tests instead of vanishing.
 */
export function fillPlaceholders(text: string, valueOf: (name: string) => string | undefined): string {
  return text.replace(placeholderPattern, (whole, name: string) => valueOf(name) ?? whole);
}
