import { fillPlaceholders, placeholdersIn } from '../../src/knowledge/placeholders';

describe('placeholders', () => {
  it('lists the names in braces, in order', () => {
    expect(placeholdersIn('Day {days_since_birth}: call {emergency} or {urgent_line}.')).toEqual(['days_since_birth', 'emergency', 'urgent_line']);
  });

  it('fills every occurrence of a known name', () => {
    expect(fillPlaceholders('{emergency}, then {emergency} again', (name) => (name === 'emergency' ? '999' : undefined))).toBe('999, then 999 again');
  });

  it('leaves a placeholder with no value as written', () => {
    expect(fillPlaceholders('Call {clinic_phone} or {emergency}', (name) => (name === 'emergency' ? '911' : undefined))).toBe('Call {clinic_phone} or 911');
  });

  it('does not read braces around other text as a placeholder', () => {
    expect(placeholdersIn('{Not One} {2} {}')).toEqual([]);
  });
});
