import { createAnalyzer } from '../../../../src/core/matcher/analyzer.ts';
import { boundedEditDistance } from '../../../../src/core/matcher/edit-distance.ts';
import { words } from '../../../../src/core/matcher/normalize.ts';
import { stem } from '../../../../src/core/matcher/stem.ts';

describe('words', () => {
  it('splits tokens the way users and logs glue them', () => {
    expect(words('DeviceCapReached')).toEqual(['device', 'cap', 'reached']);
    expect(words('XPC_TYPE_ERROR')).toEqual(['xpc', 'type', 'error']);
    expect(words('NoEnrollmentPolicy')).toEqual(['no', 'enrollment', 'policy']);
  });

  it('keeps brand casing whole and folds accents and quotes', () => {
    expect(words('iPhone iPad')).toEqual(['iphone', 'ipad']);
    expect(words('Réglée à l’heure')).toEqual(['reglee', 'heure']);
  });

  it('undoes English contractions and French elisions', () => {
    expect(words("doesn't start")).toEqual(['does', 'not', 'start']);
    expect(words("L'horloge de l'ordinateur")).toEqual(['horloge', 'de', 'ordinateur']);
  });

  it('reads an "&" in a name as the special character, not one in an address', () => {
    for (const name of ['Smith & Sons', 'R&D Partners', '“张&李”'])
      expect(words(name)).toContain('ampersand');
    expect(words('https://portal.example/?a=1&b=2 &amp;')).not.toContain('ampersand');
  });

  it('reads "@contoso.com" on its own as a domain, a whole address as a user', () => {
    expect(words('users with @fabrikam.com cannot sign in')).toContain('domain');
    expect(words('ann@fabrikam.com cannot sign in')).not.toContain('domain');
  });

  it('cuts Chinese into overlapping character pairs', () => {
    expect(words('已达到设备上限')).toEqual(['已达', '达到', '到设', '设备', '备上', '上限']);
    expect(words('XPC_TYPE_ERROR 连接无效')).toEqual(['xpc', 'type', 'error', '连接', '接无', '无效']);
  });
});

describe('stem', () => {
  it('brings inflections of one word together', () => {
    expect(stem('enrolled')).toBe(stem('enrollment'));
    expect(stem('enrolling')).toBe(stem('enroll'));
    expect(stem('devices')).toBe(stem('device'));
    expect(stem('appareils')).toBe(stem('appareil'));
  });

  it('leaves short words and codes alone', () => {
    expect(stem('mdm')).toBe('mdm');
    expect(stem('0x80cf0437')).toBe('0x80cf0437');
  });
});

describe('boundedEditDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedEditDistance('compnay', 'company', 2)).toBe(1);
    expect(boundedEditDistance('eror', 'error', 2)).toBe(1);
  });

  it('stops past the bound', () => {
    expect(boundedEditDistance('workplace', 'enrollment', 2)).toBe(3);
  });
});

describe('createAnalyzer', () => {
  const analyzer = createAnalyzer(
    [
      { concept: 'ade', terms: ['ade', 'dep', 'apple business manager'], source: 'test' },
      { concept: 'limit', terms: ['cap', 'maximum', '上限'], source: 'test' },
    ],
    ['Device Cap Reached', 'Connection to the server could not be established'],
  );

  it('replaces synonyms, also multi-word and Chinese ones, by one concept', () => {
    expect(analyzer.analyzeExact('Apple Business Manager iPad')).toEqual(['§ade', 'ipad']);
    expect(analyzer.analyzeExact('DEP')).toEqual(['§ade']);
    expect(analyzer.analyzeExact('上限')).toEqual(['§limit']);
  });

  it('corrects misspelt words to the vocabulary and marks them', () => {
    const terms = analyzer.analyze('conection to the sever');
    expect(terms).toEqual([
      { term: stem('connection'), fuzzy: true },
      { term: 'server', fuzzy: true },
    ]);
  });

  it('does not correct words it cannot place', () => {
    expect(analyzer.analyze('banana').map((t) => t.fuzzy)).toEqual([false]);
  });
});

describe('spelling correction keeps to the language of the query', () => {
  const analyzer = createAnalyzer(
    [],
    [
      { text: 'Master profile payload', lang: 'en' },
      { text: 'Enhetstaket har nåtts', lang: 'sv' },
      { text: 'Appareil figé pendant l’inscription', lang: 'fr' },
    ],
  );
  const terms = (text: string) => analyzer.analyze(text).map((t) => t.term);

  it('does not turn a Swedish word into an English one', () => {
    expect(terms('Vi måste ta bort profilen')).not.toContain('master');
  });

  it('does not turn an English word into a French one', () => {
    expect(terms('it works fine on the guest wifi')).not.toContain(stem('fige'));
  });

  it('still corrects a typo within the language of the query', () => {
    expect(analyzer.analyze('the mastr payload')).toContainEqual({ term: stem('master'), fuzzy: true });
    expect(analyzer.analyze('Enhetstaket har nåts')).toContainEqual({ term: stem('natts'), fuzzy: true });
    expect(analyzer.analyze('l’apareil est figé')).toContainEqual({ term: stem('appareil'), fuzzy: true });
  });
});

describe('compound words', () => {
  const analyzer = createAnalyzer(
    [{ concept: 'update', terms: ['uppdatering', 'update'], source: 'test' }],
    [
      { text: 'Klienten installeras inte', lang: 'sv' },
      { text: 'Tjänsten startar inte', lang: 'sv' },
      { text: 'Uppdateringen misslyckades', lang: 'sv' },
    ],
  );
  const terms = (text: string) => analyzer.analyze(text).map((t) => t.term);

  it('reads an unknown Swedish compound as the two known words it is made of', () => {
    expect(terms('uppdateringstjänsten startar')).toEqual(terms('uppdatering tjänsten startar'));
    expect(terms('klienttjänsten')).toEqual(terms('klienten tjänsten'));
  });

  it('leaves a long word alone when one of its halves is unknown', () => {
    expect(terms('bananuppdateringen')).toHaveLength(1);
    expect(terms('bananuppdateringen')).not.toContain('§update');
  });
});
