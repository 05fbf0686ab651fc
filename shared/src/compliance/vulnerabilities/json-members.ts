/**
 * The members of a JSON document's top-level object, one at a time, from its
 * bytes as they are read: each member's key and the bytes of its value (an
 * object), which the caller parses alone with JSON.parse. A database of tens
 * of megabytes (the Debian tracker) is then never one tree in memory, only
 * one member's at a time, and never one string either.
 *
 * Only what finds a member's end is looked at here (strings, escapes,
 * nesting); each value is validated by JSON.parse. Anything this walk does not
 * expect (the top level is not an object, a value is not an object, stray
 * bytes) makes `push` and `end` return false: the caller then reads the
 * document the ordinary way, which says precisely what is wrong. State is
 * kept between chunks, so a member may span any number of them; memory is
 * the largest member, not the document.
 *
 * A caller that needs only some members says so by key (`wanted`): the value
 * of any other member is walked only as far as finding its end (strings,
 * escapes, nesting), its bytes are neither kept nor handed over, and so never
 * parsed or validated beyond that walk.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

type Phase = 'start' | 'key-or-end' | 'key' | 'in-key' | 'colon' | 'value' | 'in-value' | 'comma-or-end' | 'done';

export type MemberHandler = (key: string, value: Buffer) => void;

/** Whether the member of this key is wanted: false skips its value (walked to its end, never kept or handed over). */
export type MemberFilter = (key: string) => boolean;

export class ObjectMembers {
  private phase: Phase = 'start';
  /** The current key's or value's bytes from earlier chunks. */
  private parts: Buffer[] = [];
  private key = '';
  private depth = 0;
  private inString = false;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  private escaped = false;
  /** The next backslash at or after the scan in the current chunk (-1: none left; -2: not looked for yet). */
  private backslash = -2;
  /** The current value is kept and handed over (its key was wanted). */
  private keep = true;

  constructor(
    private readonly onMember: MemberHandler,
    private readonly wanted: MemberFilter = () => true,
  ) {}

  /** Feed the next bytes; false when the document is not an object of objects (stop, and read it the ordinary way). */
  push(chunk: Buffer): boolean {
    let i = 0;
    const n = chunk.length;
    this.backslash = -2;
    // Where the key or value being captured starts in this chunk (0 when it started in an earlier one).
    let from = 0;
    while (i < n) {
      switch (this.phase) {
        case 'start':
        case 'key-or-end':
        case 'key':
        case 'colon':
        case 'value':
        case 'comma-or-end':
        case 'done': {
          const b = chunk[i] as number;
          i++;
          if (isSpace(b)) continue;
          if (!this.structural(b)) return false;
          // structural() moved the phase on (TypeScript keeps the narrowing of before the call).
          const next = this.phase as Phase;
          if (next === 'in-key' || next === 'in-value') {
            from = i - 1;
            this.parts = [];
          }
          continue;
        }
        case 'in-key': {
          const end = this.stringEnd(chunk, i);
          if (end < 0) {
            i = n;
            continue;
          }
          i = end + 1;
          this.parts.push(chunk.subarray(from, i));
          try {
            const key: unknown = JSON.parse(Buffer.concat(this.parts).toString('utf8'));
            if (typeof key !== 'string') return false;
            this.key = key;
            this.keep = this.wanted(key);
          } catch {
            return false;
          }
          this.parts = [];
          this.phase = 'colon';
          continue;
        }
        case 'in-value': {
          const end = this.valueEnd(chunk, i);
          if (end < 0) {
            i = n;
            continue;
          }
          i = end + 1;
          this.phase = 'comma-or-end';
          if (!this.keep) continue;
          this.parts.push(chunk.subarray(from, i));
          const value = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
          this.parts = [];
          this.onMember(this.key, value);
          continue;
        }
      }
    }
    // A key or value continues in the next chunk: keep this chunk's share of it (not of a skipped value).
    if ((this.phase === 'in-key' || (this.phase === 'in-value' && this.keep)) && from < n) this.parts.push(chunk.subarray(from));
    return true;
  }

  /** Whether the document ended as a whole object (only white space after it). */
  end(): boolean {
    return this.phase === 'done';
  }

  /** One byte outside keys and values: the object's punctuation. */
  private structural(b: number): boolean {
    switch (this.phase) {
      case 'start':
        if (b !== OPEN_BRACE) return false;
        this.phase = 'key-or-end';
        return true;
      case 'key-or-end':
      case 'key':
        if (b === QUOTE) {
          this.phase = 'in-key';
          this.inString = true;
          this.escaped = false;
          return true;
        }
        if (b === CLOSE_BRACE && this.phase === 'key-or-end') {
          this.phase = 'done';
          return true;
        }
        return false;
      case 'colon':
        if (b !== COLON) return false;
        this.phase = 'value';
        return true;
      case 'value':
        if (b !== OPEN_BRACE) return false;
        this.phase = 'in-value';
        this.depth = 1;
        this.inString = false;
        this.escaped = false;
        return true;
      case 'comma-or-end':
        if (b === COMMA) this.phase = 'key';
        else if (b === CLOSE_BRACE) this.phase = 'done';
        else return false;
        return true;
      default:
        return false;
    }
  }

  /** The index of the quote closing the string this chunk is in, from `i`; -1 when it goes on into the next chunk. */
  private stringEnd(chunk: Buffer, i: number): number {
    let at = i;
    if (this.escaped) {
      this.escaped = false;
      at++;
    }
    // Jumps from quote to quote (memchr); the next backslash is looked for once per chunk and again only when passed.
    for (;;) {
      if (this.backslash === -2 || (this.backslash >= 0 && this.backslash < at)) this.backslash = chunk.indexOf(BACKSLASH, at);
      const quote = chunk.indexOf(QUOTE, at);
      const backslash = this.backslash;
      if (backslash >= 0 && (quote < 0 || backslash < quote)) {
        if (backslash + 1 >= chunk.length) {
          this.escaped = true;
          return -1;
        }
        at = backslash + 2;
        continue;
      }
      if (quote < 0) return -1;
      this.inString = false;
      return quote;
    }
  }

  /** The index of the brace closing the value, from `i`; -1 when it goes on into the next chunk. */
  private valueEnd(chunk: Buffer, i: number): number {
    let at = i;
    const n = chunk.length;
    while (at < n) {
      if (this.inString) {
        const end = this.stringEnd(chunk, at);
        if (end < 0) return -1;
        at = end + 1;
        continue;
      }
      const b = chunk[at] as number;
      if (b === QUOTE) this.inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === 0) return at;
      }
      at++;
    }
    return -1;
  }
}
