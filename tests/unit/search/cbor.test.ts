import { describe, expect, it } from 'vitest';
import { decodeCbor } from '../../../src/search/cbor';

const bytes = (hex: string) => new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));

describe('decodeCbor', () => {
  it('decodes the RFC 8949 examples of integers, text, arrays and maps', () => {
    expect(decodeCbor(bytes('00'))).toBe(0);
    expect(decodeCbor(bytes('1864'))).toBe(100);
    expect(decodeCbor(bytes('1a000f4240'))).toBe(1000000);
    expect(decodeCbor(bytes('1b000000e8d4a51000'))).toBe(1000000000000);
    expect(decodeCbor(bytes('20'))).toBe(-1);
    expect(decodeCbor(bytes('3903e7'))).toBe(-1000);
    expect(decodeCbor(bytes('6449455446'))).toBe('IETF');
    expect(decodeCbor(bytes('62c3bc'))).toBe('ü');
    expect(decodeCbor(bytes('8301820203820405'))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(bytes('a201020304'))).toEqual(
      new Map([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(decodeCbor(bytes('f4'))).toBe(false);
    expect(decodeCbor(bytes('f93e00'))).toBe(1.5);
    expect(decodeCbor(bytes('fb3ff199999999999a'))).toBe(1.1);
  });

  it('decodes indefinite-length arrays and strings', () => {
    expect(decodeCbor(bytes('9f018202039f0405ffff'))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(bytes('7f657374726561646d696e67ff'))).toBe('streaming');
  });

  it('says where data ends too early', () => {
    expect(() => decodeCbor(bytes('8301'))).toThrowErrorMatchingInlineSnapshot(`[Error: CBOR: unexpected end of data at byte 2]`);
  });
});
