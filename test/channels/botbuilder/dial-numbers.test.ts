import { dialNumbers, telAddress } from '../../../src/channels/botbuilder/dial-numbers';

describe('dialNumbers', () => {
  it('finds each phone number in the contacts\' wording once', () => {
    expect(dialNumbers({ emergency: '999', urgent_line: 'NHS 111', crisis_line: 'Samaritans on 116 123' })).toEqual(['999', '111', '116 123']);
    expect(dialNumbers({ emergency: '911', urgent_line: 'your doctor or nurse advice line', crisis_line: 'the 988 Suicide & Crisis Lifeline (call or text 988)' })).toEqual(['911', '988']);
  });

  it('takes the clinic\'s phone as written, with its country code', () => {
    expect(dialNumbers({ emergency: '999', urgent_line: 'NHS 111', crisis_line: '116 123', clinic_phone: '+44 20 7946 0000' })).toContain('+44 20 7946 0000');
  });

  it('writes a tel: address with digits and a leading + only', () => {
    expect(telAddress('+44 20 7946-0000')).toBe('tel:+442079460000');
    expect(telAddress('116 123')).toBe('tel:116123');
  });
});
