import { join } from 'node:path';
import { siteOf, trainingPartOf } from '../../src/evaluation/source-site';

// The corpus writers split by scripts/source-split.js; the development split must read sites the same way.
const script = require(join(__dirname, '..', '..', 'scripts', 'source-split.js')) as { siteOf(address: string): string };

describe('siteOf', () => {
  it.each([
    'https://www.nhs.uk/conditions/baby/',
    'https://forum.mumsnet.com/talk/1',
    'https://www.example.co.uk/a',
    'https://blog.example.com.au/b',
    'http://newforum.wineloverspage.com/viewtopic.php?f=3',
    'https://WWW.Example.ORG./c',
  ])('agrees with scripts/source-split.js on %s', (address) => {
    expect(siteOf(address)).toBe(script.siteOf(address));
  });
});

describe('trainingPartOf', () => {
  it('keeps every page of one site on the same side', () => {
    expect(trainingPartOf('https://a.example.com/1')).toBe(trainingPartOf('https://b.example.com/2'));
  });

  it('sends about 30 % of sites to the development split', () => {
    const parts = Array.from({ length: 2000 }, (_, index) => trainingPartOf(`https://site${index}.example${index}.com/`));
    const share = parts.filter((part) => part === 'development').length / parts.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.36);
  });

  it('puts questions without a usable source on the examples side', () => {
    expect(trainingPartOf(undefined)).toBe('examples');
    expect(trainingPartOf('not an address')).toBe('examples');
  });
});
