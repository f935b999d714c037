import { codeKey, createCodeFinder, createKnownCodeTest } from '../../../../src/core/matcher/codes.ts';

const keys = ['0x80CF0437', '0x8007064C', '0xAB2', '0x80043002', 'devicecapreached', 'noenrollmentpolicy'];
const find = createCodeFinder(keys);

describe('codeKey', () => {
  it('gives one key for every spelling of a code', () => {
    for (const spelling of ['0x80CF0437', '80cf0437', '0X80CF0437', '0x80cf0437']) {
      expect(codeKey(spelling)).toBe('0x80CF0437');
    }
    expect(codeKey('XPC_TYPE_ERROR')).toBe('xpctypeerror');
  });
});

describe('createCodeFinder', () => {
  it('finds documented codes however they are typed and wherever they stand', () => {
    expect(find('error code 0x80CF0437 when installing').known).toEqual(['0x80CF0437']);
    expect(find('80cf0437').known).toEqual(['0x80CF0437']);
    expect(find('hr 0x8007064c - The machine is already enrolled').known).toEqual(['0x8007064C']);
    expect(find('failed (0xAB2)').known).toEqual(['0xAB2']);
    expect(find('80043002').known).toEqual(['0x80043002']);
    expect(find('ErrorCode=DeviceCapReached CorrelationId=5a1f').known).toEqual(['devicecapreached']);
  });

  it('recognises a documented token with a small typo', () => {
    expect(find('NoEnrolmentPolicy').known).toEqual(['noenrollmentpolicy']);
  });

  it('reports undocumented failure codes separately', () => {
    expect(find('Unknown Win32 Error code: 0x8018002b')).toEqual({ known: [], unknown: ['0x8018002B'] });
    expect(find('error code CAA30194 after sign-in').unknown).toEqual(['0xCAA30194']);
  });

  it('does not take pointers, GUIDs, dates or words for codes', () => {
    const noise = find('<error: 0x1c02f1a80> 5a1f0c2e-9d1b-4e77 20240302 voucher = 0x0 accepted');
    expect(noise).toEqual({ known: [], unknown: [] });
  });
});

describe('createKnownCodeTest', () => {
  const holds = createKnownCodeTest(keys);

  it('marks the lines of a paste that hold a documented code as typed, as the finder without typos does', () => {
    const lines = [
      '2024-05-01 10:14:55 ERROR Enrollment failed. ErrorCode=DeviceCapReached CorrelationId=5a1f0c2e',
      'hr 0x8007064c - The machine is already enrolled',
      'result 80CF0437 (0x1c02f1a80)',
      'failed (0xAB2)',
      'status NO_ENROLLMENT_POLICY',
      'NoEnrolmentPolicy returned',
      'Unknown Win32 Error code: 0x8018002b',
      '<error: 0x1c02f1a80> 5a1f0c2e-9d1b-4e77 20240302 voucher = 0x0 accepted',
      'session=ab20 pointer=0xAB20 deviceCapReachedX',
      'deviceca preached, no digits here at all',
    ];
    const marked = lines.filter(holds);
    expect(marked).toEqual(lines.filter((l) => find(l, { fuzzy: false }).known.length > 0));
    expect(marked).toEqual(lines.slice(0, 5));
  });
});
