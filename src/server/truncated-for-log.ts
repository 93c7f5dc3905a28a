/** Client input or an error message that may quote it, cut to a length a log line can afford. */
export function truncatedForLog(value: unknown, maximumLength = 200): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.length > maximumLength ? `${text.slice(0, maximumLength)}…` : text;
}
