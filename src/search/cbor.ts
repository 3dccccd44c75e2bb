/**
 * A CBOR value as this decoder returns it: what Pagefind's index files hold
 * (arrays, text, integers), plus the rest of RFC 8949's basic types.
 */
export type CborValue = number | string | boolean | null | undefined | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

const text = new TextDecoder();

/**
 * Decodes one CBOR item from the start of `bytes` (RFC 8949, definite and
 * indefinite lengths; tags are skipped). Integers beyond 2^53 lose precision.
 * Throws on truncated or malformed input.
 */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error(`CBOR: unexpected end of data at byte ${at}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR: invalid length ${info} at byte ${at - 1}`);
    need(size);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
    at += size;
    return value;
  };
  const item = (): CborValue => {
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (info === 31 && major >= 2 && major <= 5) {
      const parts: CborValue[] = [];
      while (bytes[at] !== 0xff) {
        need(1);
        parts.push(item());
      }
      at++;
      if (major === 2) return concat(parts as Uint8Array[]);
      if (major === 3) return (parts as string[]).join('');
      if (major === 4) return parts;
      return pairs(parts);
    }
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
      case 3: {
        const length = argument(info);
        need(length);
        const slice = bytes.subarray(at, at + length);
        at += length;
        return major === 2 ? slice : text.decode(slice);
      }
      case 4: {
        const length = argument(info);
        const list: CborValue[] = new Array(length);
        for (let i = 0; i < length; i++) list[i] = item();
        return list;
      }
      case 5: {
        const length = argument(info);
        const list: CborValue[] = [];
        for (let i = 0; i < 2 * length; i++) list.push(item());
        return pairs(list);
      }
      case 6:
        argument(info);
        return item();
      default: {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 25) {
          need(2);
          const half = view.getUint16(at);
          at += 2;
          return halfFloat(half);
        }
        if (info === 26) {
          need(4);
          at += 4;
          return view.getFloat32(at - 4);
        }
        if (info === 27) {
          need(8);
          at += 8;
          return view.getFloat64(at - 8);
        }
        if (info < 24) return info;
        throw new Error(`CBOR: unsupported simple value ${info} at byte ${at - 1}`);
      }
    }
  };
  return item();
}

function pairs(list: CborValue[]): Map<CborValue, CborValue> {
  const map = new Map<CborValue, CborValue>();
  for (let i = 0; i < list.length; i += 2) map.set(list[i], list[i + 1]);
  return map;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function halfFloat(half: number): number {
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  const sign = half & 0x8000 ? -1 : 1;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/**
 * Walks CBOR without building values: reads array lengths and text, and skips
 * whole items, so a large file can be indexed first and decoded piece by piece.
 * Definite lengths only (what Pagefind writes).
 */
export class CborCursor {
  private readonly bytes: Uint8Array;
  /** Byte offset of the next item. */
  at = 0;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private head(): { major: number; value: number } {
    if (this.at >= this.bytes.length) throw new Error(`CBOR: unexpected end of data at byte ${this.at}`);
    const head = this.bytes[this.at++]!;
    const info = head & 31;
    let value = info;
    if (info >= 24) {
      const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
      if (size === 0 || this.at + size > this.bytes.length)
        throw new Error(`CBOR: unsupported or truncated item at byte ${this.at - 1}`);
      const v = this.view;
      const a = this.at;
      value =
        size === 1
          ? v.getUint8(a)
          : size === 2
            ? v.getUint16(a)
            : size === 4
              ? v.getUint32(a)
              : v.getUint32(a) * 2 ** 32 + v.getUint32(a + 4);
      this.at += size;
    }
    return { major: head >> 5, value };
  }

  /** Reads an array header and returns its length. */
  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`CBOR: expected an array at byte ${this.at - 1}`);
    return value;
  }

  /** Reads a text string. */
  text(): string {
    const { major, value } = this.head();
    if (major !== 3 || this.at + value > this.bytes.length) throw new Error(`CBOR: expected text at byte ${this.at - 1}`);
    this.at += value;
    return text.decode(this.bytes.subarray(this.at - value, this.at));
  }

  /** Reads an integer (negative ones too). */
  int(): number {
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new Error(`CBOR: expected an integer at byte ${this.at - 1}`);
  }

  /** Skips one item, however deep. */
  skip(): void {
    let pending = 1;
    while (pending > 0) {
      pending--;
      const { major, value } = this.head();
      if (major === 2 || major === 3) this.at += value;
      else if (major === 4) pending += value;
      else if (major === 5) pending += 2 * value;
      else if (major === 6) pending += 1;
    }
    if (this.at > this.bytes.length) throw new Error('CBOR: unexpected end of data');
  }
}
