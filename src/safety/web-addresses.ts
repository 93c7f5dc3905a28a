const addressPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|gov|nhs|edu|info|io|us|ca|au|ie|nz|health)\b(?:\/[^\s<>"')\]]*)?/gi;

/** Web and e-mail addresses in `text`, folded (no scheme, no "www.", no trailing punctuation) for comparing. */
export function webAddresses(text: string): string[] {
  return (text.normalize('NFKC').match(addressPattern) ?? []).map((address) =>
    address
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/[.,;:!?/]+$/, ''),
  );
}
