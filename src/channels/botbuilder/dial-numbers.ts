import type { Contacts } from '../../safety/safety-schema';

/** A phone number inside a contact's wording: "999", "NHS 111", "Samaritans on 116 123", "+44 20 7946 0000". */
const phoneNumberPattern = /\+?\d[\d -]*\d/g;

/**
 * The numbers an escalation may name, as written in the contacts ("116 123"), each once. They come from
 * config and content, never from a person's message, so a number typed into the chat is never made
 * dialable.
 */
export function dialNumbers(contacts: Contacts): string[] {
  const found = Object.values(contacts)
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.match(phoneNumberPattern) ?? [])
    .map((number) => number.trim())
    .filter((number) => number.replace(/\D/g, '').length >= 3);
  return [...new Set(found)];
}

/** The tel: address of a number as written: digits and a leading +. */
export function telAddress(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
