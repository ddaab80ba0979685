import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { FileError } from '../../errors.js';

/** What a report reader hears from {@link streamXml}. Attribute values are decoded. */
export interface XmlHandlers {
  /** An element starts (for a self-closing one, `close` follows at once). */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Character data (text and CDATA) inside the elements for which `wantsText()` is true, in pieces. */
  text?(text: string): void;
  /** Asked at each element start: true while the reader is inside an element whose text it keeps. */
  wantsText?(): boolean;
}

export interface StreamXmlOptions {
  /**
   * Names of elements that reports hold by the hundred thousand (`testcase`, Cobertura's `line`):
   * when such an element is empty and written plainly (`<testcase a="1" b="x"/>`: ASCII names,
   * quoted values without `&`, `<` or control characters), it is read here without going through
   * the XML parser. Anything else, and everything around it, goes through the parser.
   */
  readonly fastElements?: readonly FastElement[];
  /** Characters of one text node, CDATA section or comment that are kept; the rest is dropped unread. */
  readonly maxTextLength?: number;
  /** Where the text comes from instead of the file at `path` (a generated stream, in tests). */
  readonly source?: () => AsyncIterable<string>;
  /** Characters of the next chunk joined at first to a piece that a chunk's end cuts (tests make it small). */
  readonly joinLength?: number;
}

// Character data that saxes would pass on unchanged (XML 1.0 §2.2, §2.4, §2.7, §2.11): no
// reference to decode, no CR to normalize, no control character other than tab and LF, nothing
// from U+D800 up (saxes checks surrogate pairs, U+FFFE and U+FFFF), and for text no `]]>`.
// eslint-disable-next-line no-control-regex -- the control characters are what the pattern refuses
const PLAIN_TEXT = /^[^&\x00-\x08\x0b-\x1f\ud800-\uffff]*$/;
// eslint-disable-next-line no-control-regex -- the control characters are what the pattern refuses
const PLAIN_CDATA = /^[^\x00-\x08\x0b-\x1f\ud800-\uffff]*$/;

/** One start tag may not be longer than this: attribute values of megabytes are not a report. */
const MAX_TAG_LENGTH = 16 * 1024 * 1024;
const DEFAULT_MAX_TEXT = 64 * 1024;
const FLUSH_AT = 256 * 1024;
const READ_BYTES = 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
const JOIN_LENGTH = 4096;

/**
 * Streams an XML file to `handlers` with memory that does not grow with the file.
 *
 * The XML is checked by saxes (a strict XML 1.0 parser): well-formedness, and entities. saxes
 * never reads a DTD or anything outside the file, and knows only XML's five predefined entities
 * and character references; any other entity (`&lol9;`, `&xxe;`, declared in a DOCTYPE or not)
 * is an error here, so no entity is ever expanded and no file or URL is ever fetched.
 *
 * In front of saxes, a segmenter splits the text at markup boundaries (XML 1.0 §2.4–2.8: a
 * comment ends at the first `-->`, CDATA at the first `]]>`, a processing instruction at the first
 * `?>`, a tag at the first `>` outside quotes). It does three things saxes does not: it keeps at
 * most `maxTextLength` characters of a text node, CDATA section or comment (a 500 MB
 * `<system-out>` costs no memory; its line breaks are kept, so line numbers stay right), it
 * refuses start tags over 16 MiB, and it reads the `fastElements` written plainly itself, which is
 * where the time of a 200,000-test report goes. Until the root element has started, everything
 * goes to saxes unchanged (the prolog and any DOCTYPE are saxes' alone).
 */
export async function streamXml(path: string, handlers: XmlHandlers, options: StreamXmlOptions = {}): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT;
  let failure: FileError | undefined;
  const fail = (problem: string, line: number | undefined): void => {
    failure ??= new FileError(path, problem, line);
  };
  let rootOpen = false;
  // Elements open, as saxes has seen them (fast elements are empty: they never change it).
  let depth = 0;
  let capturing = false;
  // Character data is what is inside the root element (saxes reports the white space after it too).
  const textHandler = (text: string): void => {
    if (depth > 0) handlers.text?.(text);
  };
  parser.on('error', (error) => fail(describeSaxesError(error.message), parser.line + lineOffset));
  // A start tag read here is given to saxes as a bare `<name>` (so that it checks the end tag):
  // its handlers heard the real one already.
  let bare = false;
  parser.on('opentag', (tag) => {
    rootOpen = true;
    depth++;
    if (bare) return;
    handlers.open(tag.name, tag.attributes);
    updateCapture();
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(tag.name);
    updateCapture();
  });
  parser.on('cdata', (text) => {
    if (capturing) handlers.text?.(text);
  });
  function updateCapture(): void {
    const wanted = handlers.wantsText?.() === true;
    if (wanted === capturing) return;
    capturing = wanted;
    if (wanted) parser.on('text', textHandler);
    else parser.off('text');
  }

  const fast = options.fastElements ?? [];
  let fastEnd = 0;

  // What goes to saxes next, written in batches; `markupPending`: it holds something other than
  // whitespace, so saxes must see it before a fast element is read (the element stack may change).
  let pending = '';
  let markupPending = false;
  // saxes was last given character data: it reports it only when it meets the next '<', so until
  // then nothing may be read here (what is read here would be heard before that text).
  let saxesText = false;
  // Line breaks in what saxes never saw (dropped text, fast elements), for the line of an error.
  let lineOffset = 0;
  const flush = (): void => {
    if (pending === '') return;
    parser.write(pending);
    pending = '';
    markupPending = false;
  };
  const send = (text: string, markup: boolean): void => {
    pending += text;
    if (markup) markupPending = true;
    if (!rootOpen || pending.length > FLUSH_AT) flush();
  };
  const skipLines = (count: number): void => {
    if (count === 0) return;
    flush();
    lineOffset += count;
  };
  const lineNow = (): number => parser.line + lineOffset + countNewlines(pending);

  // Inside a text node, CDATA section or comment longer than `maxText`: the rest is dropped until
  // `terminator` ('<' for text), and then `closing` is sent.
  let skipping: { readonly terminator: string; readonly closing: string } | undefined;
  let textBudget = maxText;

  /**
   * Segments `data` from `from` until a piece starts at or after `limit`: returns the position
   * reached then, or (a string) the unfinished tail to carry into the next chunk.
   */
  const segment = (data: string, final: boolean, limit = data.length, from = 0): string | number => {
    let position = from;
    const length = data.length;
    while (position < limit && failure === undefined) {
      if (skipping !== undefined) {
        const at = data.indexOf(skipping.terminator, position);
        if (at === -1) {
          // Keep what could be the start of a split terminator.
          const keep = final ? 0 : Math.min(skipping.terminator.length - 1, length - position);
          skipLines(countNewlines(data.slice(position, length - keep)));
          if (final) send(skipping.closing, true);
          if (final && skipping.closing !== '') saxesText = false;
          return data.slice(length - keep);
        }
        skipLines(countNewlines(data.slice(position, at)));
        send(skipping.closing, true);
        if (skipping.closing !== '') saxesText = false;
        position = skipping.terminator === '<' ? at : at + skipping.terminator.length;
        skipping = undefined;
        continue;
      }
      const lt = data.indexOf('<', position);
      if (lt !== position) {
        const end = lt === -1 ? length : lt;
        if (lt === -1 && !final && end - position <= textBudget) return data.slice(position);
        sendText(data.slice(position, end), lt === -1 && !final);
        position = end;
        continue;
      }
      textBudget = maxText;
      if (rootOpen && readFast(data, position)) {
        position = fastEnd;
        continue;
      }
      const end = findMarkupEnd(data, position);
      if (end === -1) {
        const comment = data.startsWith('<!--', position);
        if (!final && (comment || data.startsWith('<![CDATA[', position)) && length - position > maxText) {
          // A long comment or CDATA section (a captured log): keep its start only.
          const open = comment ? 4 : 9;
          let body = data.slice(position + open, position + open + maxText);
          if (isHighSurrogate(body.charCodeAt(body.length - 1))) body = body.slice(0, -1);
          if (comment) body = body.replace(/-+$/, '');
          send(data.slice(position, position + open) + body, true);
          saxesText = false;
          skipping = comment ? { terminator: '-->', closing: '-->' } : { terminator: ']]>', closing: ']]>' };
          position += open + body.length;
          continue;
        }
        if (!final) {
          if (length - position > MAX_TAG_LENGTH) {
            fail(`has markup longer than ${MAX_TAG_LENGTH / 1048576} MiB at one place; this is not a report`, lineNow());
            return '';
          }
          return data.slice(position);
        }
        // The file ends inside markup: saxes says what is unfinished.
        send(data.slice(position), true);
        return '';
      }
      if (!data.startsWith('<![CDATA[', position) || !passPlain(data.slice(position + 9, end - 3), PLAIN_CDATA)) {
        send(data.slice(position, end), true);
        saxesText = false;
      }
      position = end;
    }
    return limit < length ? position : '';
  };

  /** Reads a plainly written fast element at `position`; false: saxes must read it. */
  const plain: PlainElement = { element: undefined, values: [], newlines: 0 };
  const tag: PlainStartTag = { name: '', attributes: {}, empty: false, newlines: 0 };
  const readFast = (data: string, position: number): boolean => {
    if (saxesText) return false;
    const end = fast.length > 0 ? readPlainEmptyElement(data, position, fast, plain) : -1;
    const tagEnd = end === -1 ? readPlainStartTag(data, position, tag) : -1;
    if (end === -1 && tagEnd === -1) return false;
    if (markupPending) flush();
    if (failure !== undefined) return true;
    // After the root element, saxes says what is wrong with it.
    if (depth === 0) return false;
    if (end !== -1) {
      plain.element?.read(plain.values);
      if (plain.newlines !== undefined && plain.newlines > 0) skipLines(plain.newlines);
      fastEnd = end;
      return true;
    }
    handlers.open(tag.name, tag.attributes);
    updateCapture();
    bare = true;
    parser.write(tag.empty ? `<${tag.name}/>` : `<${tag.name}>`);
    bare = false;
    skipLines(tag.newlines);
    fastEnd = tagEnd;
    return true;
  };

  /**
   * Hands text or a CDATA section's content that saxes need not check to `handlers.text` (when it
   * is wanted) directly, once saxes has read everything before it: most of a failing test's bytes
   * are its traceback and captured output. False: saxes must read it.
   */
  const passPlain = (text: string, pattern: RegExp): boolean => {
    if (!rootOpen || saxesText || !pattern.test(text)) return false;
    flush();
    if (failure !== undefined) return true;
    if (depth === 0) return false;
    if (capturing && text !== '') handlers.text?.(ownString(text.length > maxText ? text.slice(0, maxText) : text));
    skipLines(countNewlines(text));
    return true;
  };

  /** Text up to a '<' (or, `open`, to the end of the chunk); at most `maxText` of one node is kept. */
  const sendText = (text: string, open: boolean): void => {
    if (text.length <= textBudget) {
      textBudget -= text.length;
      if (!isWhitespace(text)) {
        if (text.includes(']]>') || !passPlain(text, PLAIN_TEXT)) {
          send(text, true);
          saxesText = true;
        }
      }
      // Whitespace between elements: saxes need not see it, only its line breaks count.
      else if (rootOpen && pending === '' && !(capturing && text.includes('\r'))) {
        if (capturing && depth > 0) handlers.text?.(ownString(text));
        lineOffset += countNewlines(text);
      }
      // Kept for a reader that wants it: saxes must hand it over before the next fast element.
      else {
        send(text, capturing);
        if (capturing) saxesText = true;
      }
      return;
    }
    let cut = textBudget;
    // Never cut inside an entity reference or a surrogate pair.
    const amp = text.lastIndexOf('&', cut);
    if (amp !== -1 && text.indexOf(';', amp) >= cut) cut = amp;
    if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    send(text.slice(0, cut), true);
    saxesText = true;
    textBudget = 0;
    skipLines(countNewlines(text, cut));
    if (open) skipping = { terminator: '<', closing: '' };
  };

  try {
    const stream = options.source?.() ?? readTextChunks(path);
    let carry = '';
    const joinLength = options.joinLength ?? JOIN_LENGTH;
    // Leaving the loop early (an error) closes the stream.
    for await (const chunk of stream) {
      // Only the piece cut by the chunk boundary is read from a join: the carry and the start of
      // the chunk, as much as the piece needs (the join is copied whole when it is scanned; a
      // join with the whole chunk copied every chunk once more). The rest of the chunk is
      // scanned as the decoder made it.
      let from = 0;
      let joinedTo = 0;
      while (carry !== '' && joinedTo < chunk.length && failure === undefined) {
        // Twice the carry at least: a long piece is joined in a few steps, not one per joinLength.
        const to = Math.min(chunk.length, joinedTo + Math.max(joinLength, carry.length));
        const joined = segment(carry + chunk.slice(joinedTo, to), false, carry.length);
        if (typeof joined === 'string') {
          carry = joined;
          joinedTo = to;
        } else {
          from = joinedTo + joined - carry.length;
          carry = '';
        }
      }
      if (failure !== undefined) break;
      if (carry !== '') continue;
      const rest = segment(chunk, false, chunk.length, from);
      carry = typeof rest === 'string' ? rest : '';
      if (failure !== undefined) break;
    }
    if (failure === undefined) {
      segment(carry, true);
      flush();
      if (failure === undefined) parser.close();
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(path, 'does not exist', undefined, { cause: error });
    if (code === 'EISDIR') throw new FileError(path, 'is a directory, not a report', undefined, { cause: error });
    if (failure === undefined) throw error;
  }
  if (failure !== undefined) throw failure;
}

/**
 * The file's text, read `READ_BYTES` at a time and decoded as UTF-8 in chunks of `CHUNK_BYTES`
 * (a character cut by a boundary is kept for the next chunk; invalid bytes read as U+FFFD, as a
 * `utf8` read stream reads them). One buffer is reused: the memory is a read, whatever the file's
 * size. The reads are synchronous: the parse waits for each read anyway, and an asynchronous one
 * is a round trip through libuv's thread pool (20 matrix legs: ~50 ms of the step idle, CPU
 * profile). Small chunks are what V8 collects cheaply: a decoded megabyte is a large object, and a
 * young-generation collection that meets one (there is always one being read) costs several
 * times more than one that meets a 64 KiB string.
 */
function* readTextChunks(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      for (let at = 0; at < bytesRead; at += CHUNK_BYTES) {
        const text = decoder.write(buffer.subarray(at, Math.min(at + CHUNK_BYTES, bytesRead)));
        if (text !== '') yield text;
      }
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/**
 * The end (exclusive) of the markup that starts at `start` (a '<'), or -1 when `data` ends first.
 * XML 1.0: comments end at the first `-->` (§2.5), CDATA at the first `]]>` (§2.7), processing
 * instructions at the first `?>` (§2.6), a DOCTYPE after its internal subset (§2.8), and a tag at
 * the first `>` outside a quoted attribute value (§3.1).
 */
function findMarkupEnd(data: string, start: number): number {
  if (data.startsWith('<!--', start)) return endAfter(data, '-->', start + 4);
  if (data.startsWith('<![CDATA[', start)) return endAfter(data, ']]>', start + 9);
  if (data.startsWith('<?', start)) return endAfter(data, '?>', start + 2);
  if (data.length - start < 9 && '<![CDATA['.startsWith(data.slice(start))) return -1;
  const doctype = data.startsWith('<!DOCTYPE', start);
  let quote = 0;
  let brackets = 0;
  for (let i = start + 1; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (doctype && c === 91) {
      brackets++;
    } else if (doctype && c === 93) {
      brackets--;
    } else if (doctype && brackets > 0 && c === 60 && data.startsWith('<!--', i)) {
      const close = data.indexOf('-->', i + 4);
      if (close === -1) return -1;
      i = close + 2;
    } else if (c === 62 && brackets <= 0) {
      return i + 1;
    }
  }
  return -1;
}

function endAfter(data: string, terminator: string, from: number): number {
  const at = data.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

/** Line breaks as XML counts them (§2.11): LF, CR LF, and a CR alone. */
function countNewlines(text: string, from = 0): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  for (let at = text.indexOf('\r', from); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) count++;
  return count;
}

function isWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** An element that {@link streamXml} may read itself, and the attributes its reader wants. */
export interface FastElement {
  readonly name: string;
  /** The attributes handed to `read`, in this order (others are checked, then dropped). */
  readonly attributes: readonly string[];
  /** Attributes it commonly has that `read` does not need (`time`): checked, never copied. */
  readonly ignored?: readonly string[];
  /** Called for each such empty element read plainly, with the values of `attributes` (undefined: absent); the array is reused after the call. */
  read(values: readonly (string | undefined)[]): void;
}

/** Where {@link readPlainEmptyElement} puts what it read (reused: valid until the next call). */
export interface PlainElement {
  element: FastElement | undefined;
  readonly values: (string | undefined)[];
  /** Line breaks inside the element (between its attributes), set when it is read. */
  newlines?: number;
}

/** What is compiled once per fast element: every attribute name it knows (the wanted ones first), and its pattern. */
interface CompiledElement {
  readonly names: readonly string[];
  readonly firstCodes: readonly number[];
  readonly plain: RegExp;
  /**
   * The name (an index into `names`, -1: none known) of the attribute at each place in the last
   * element read: a report writes its attributes in one order, so the name at a place is checked
   * with one comparison before it is looked up.
   */
  readonly order: Int8Array;
  /** The layout of the elements read last, once one has been read the general way. */
  layout: Layout | undefined;
}

/**
 * One exact way of writing the element: its attributes in one order, with the same white space,
 * and double quotes (`<testcase classname="…" name="…" time="…" />`, as a report writes all of
 * them). A pattern of it checks an element as the general one does, and its values are then cut
 * out by their positions alone: the text before each value is known.
 */
interface Layout {
  readonly pattern: RegExp;
  /** Per attribute, in order: the length of the text from the previous value's closing quote (or the name) to its own value. */
  readonly before: readonly number[];
  /** Per attribute, in order: its index in the wanted attributes, or -1. */
  readonly indices: readonly number[];
  /** Elements in a row that were not written this way: past LAYOUT_MISSES, another layout is learned. */
  misses: number;
}
const LAYOUT_MISSES = 8;
const compiled = new WeakMap<FastElement, CompiledElement>();

// XML 1.0 §2.3 S, and the ASCII part of NameStartChar / NameChar.
const S = '[ \\t\\r\\n]';
const ASCII_NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';
// An attribute value that needs no decoding or normalization (§3.3.3): no reference, no '<', no
// control character (tab, CR and LF would be normalized to spaces) and nothing from U+D800 up
// (saxes checks the characters XML excludes: lone surrogates, U+FFFE, U+FFFF).
const PLAIN_VALUE = `(?:"[^"&<\\x00-\\x1f\\ud800-\\uffff]*"|'[^'&<\\x00-\\x1f\\ud800-\\uffff]*')`;

function compileElement(element: FastElement): CompiledElement {
  let table = compiled.get(element);
  if (table === undefined) {
    // At most 31 names are told apart by a bit each; an ignored name past that is read as any other.
    const names = [...element.attributes, ...(element.ignored ?? []).filter((name) => !element.attributes.includes(name))].slice(0, 31);
    const name = element.name.replace(/[.]/g, '\\.');
    table = {
      names,
      firstCodes: names.map((attribute) => attribute.charCodeAt(0)),
      order: new Int8Array(32).fill(-1),
      layout: undefined,
      // One sticky pattern checks the whole element: V8's regular expressions run as machine code,
      // three times faster than the same check written character by character.
      plain: new RegExp(`<${name}(?:${S}+${ASCII_NAME}${S}*=${S}*${PLAIN_VALUE})*${S}*/>`, 'y'),
    };
    compiled.set(element, table);
  }
  return table;
}

/** A start tag {@link readPlainStartTag} read (reused: valid until the next call, but `attributes` is a new object each time). */
export interface PlainStartTag {
  name: string;
  attributes: Record<string, string>;
  /** Written `<name .../>`. */
  empty: boolean;
  newlines: number;
}

const PLAIN_START_TAG = new RegExp(`<${ASCII_NAME}(?:${S}+${ASCII_NAME}${S}*=${S}*${PLAIN_VALUE})*${S}*/?>`, 'y');

/**
 * Any start tag (or empty element) written plainly at `start`, as {@link readPlainEmptyElement}
 * defines it; its attributes in a new object, each value a string of its own (not a slice that
 * would keep the chunk alive), as saxes gives them. -1 for anything else (a repeated attribute
 * too), else the tag's end.
 */
export function readPlainStartTag(data: string, start: number, read: PlainStartTag): number {
  PLAIN_START_TAG.lastIndex = start;
  if (!PLAIN_START_TAG.test(data)) return -1;
  const end = PLAIN_START_TAG.lastIndex;
  let i = start + 1;
  let c = data.charCodeAt(i);
  while (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 47 && c !== 62) c = data.charCodeAt(++i);
  read.name = ownString(data.slice(start + 1, i));
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  let newlines = 0;
  for (;;) {
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10)) newlines++;
      c = data.charCodeAt(++i);
    }
    if (c === 47 || c === 62) break;
    const keyStart = i;
    do c = data.charCodeAt(++i);
    while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9);
    const key = data.slice(keyStart, i);
    if (attributes[key] !== undefined) return -1;
    while (c !== 34 && c !== 39) {
      if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10)) newlines++;
      c = data.charCodeAt(++i);
    }
    const valueEnd = data.indexOf(c === 34 ? '"' : "'", i + 1);
    attributes[key] = ownString(data.slice(i + 1, valueEnd));
    i = valueEnd + 1;
    c = data.charCodeAt(i);
  }
  read.attributes = attributes;
  read.empty = c === 47;
  read.newlines = newlines;
  return end;
}

/** A copy of `text` that is no slice of a bigger string (V8 keeps a slice's parent alive). */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * An empty element written plainly at `start` (`<name a="1" b='x'/>`) that is one of `elements`:
 * ASCII names, quoted values without `&`, `<` or control characters (nor anything from U+D800
 * up), so there is no entity to decode and no whitespace to normalize (XML 1.0 §3.1, §3.3.3).
 * Undefined for anything else, including a repeated attribute (an error saxes then reports), and
 * for an element that `data` cuts: then -1, else the element's end. One regular expression checks
 * the element; its values are then cut out with indexOf, known keys compared in place and kept in
 * an array (a fresh key string or a keyed property store per attribute costs more than the parser
 * it saves).
 */
export function readPlainEmptyElement(data: string, start: number, elements: readonly FastElement[], read: PlainElement): number {
  const first = data.charCodeAt(start + 1);
  for (const element of elements) {
    if (element.name.charCodeAt(0) !== first) continue;
    const table = compileElement(element);
    const layout = table.layout;
    if (layout !== undefined) {
      layout.pattern.lastIndex = start;
      if (layout.pattern.test(data)) {
        layout.misses = 0;
        return readLayout(data, start + 1 + element.name.length, layout.pattern.lastIndex, element, layout, read);
      }
      if (++layout.misses > LAYOUT_MISSES) table.layout = undefined;
    }
    table.plain.lastIndex = start;
    if (table.plain.test(data)) return readAttributes(data, start + 1 + element.name.length, table.plain.lastIndex, element, table, read);
  }
  return -1;
}

/** Cuts the attribute values out of an element the pattern matched (from `from`, after its name, to `end`). */
function readAttributes(data: string, from: number, end: number, element: FastElement, table: CompiledElement, read: PlainElement): number {
  const { names, firstCodes, order } = table;
  const wantedCount = element.attributes.length;
  const values = read.values;
  if (values.length !== wantedCount) values.length = wantedCount;
  for (let k = 0; k < wantedCount; k++) values[k] = undefined;
  read.element = element;
  // Every character read here is inside the element: S, names, '=', quotes and values, as matched.
  let seen = 0;
  let newlines = 0;
  let others: string[] | undefined;
  let place = 0;
  // Learning a layout: the text before each value, and where its value goes.
  const learning = table.layout === undefined;
  let doubleQuoted = true;
  const before: number[] = [];
  const indices: number[] = [];
  let i = from;
  let valueStartAfter = from;
  for (;;) {
    let c = data.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10)) newlines++;
      c = data.charCodeAt(++i);
    }
    if (c === 47) break;
    const keyStart = i;
    let index = place < 32 ? (order[place] as number) : -1;
    const guess = index < 0 ? undefined : (names[index] as string);
    // The pattern matched: a name ends at '=' or white space, so a name it starts with that ends there is it.
    if (guess !== undefined && data.startsWith(guess, keyStart) && isNameEnd(data.charCodeAt(keyStart + guess.length))) {
      i = keyStart + guess.length;
      c = data.charCodeAt(i);
    } else {
      index = -1;
      const keyFirst = c;
      do c = data.charCodeAt(++i);
      while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9);
      const keyLength = i - keyStart;
      for (let k = 0; k < names.length; k++) {
        const name = names[k] as string;
        if (firstCodes[k] !== keyFirst || name.length !== keyLength) continue;
        let j = 1;
        while (j < keyLength && data.charCodeAt(keyStart + j) === name.charCodeAt(j)) j++;
        if (j === keyLength) {
          index = k;
          break;
        }
      }
      if (place < 32) order[place] = index;
    }
    place++;
    if (index < 0) {
      const other = data.slice(keyStart, i);
      others ??= [];
      if (others.includes(other)) return -1;
      others.push(other);
    } else {
      if ((seen & (1 << index)) !== 0) return -1;
      seen |= 1 << index;
    }
    while (c !== 34 && c !== 39) {
      if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10)) newlines++;
      c = data.charCodeAt(++i);
    }
    const valueEnd = data.indexOf(c === 34 ? '"' : "'", i + 1);
    if (index < wantedCount && index >= 0) values[index] = data.slice(i + 1, valueEnd);
    if (learning) {
      if (c !== 34) doubleQuoted = false;
      before.push(i + 1 - valueStartAfter);
      indices.push(index < wantedCount ? index : -1);
    }
    i = valueEnd + 1;
    valueStartAfter = i;
  }
  read.newlines = newlines;
  // Line breaks would have to be counted: such an element is read the general way.
  if (learning && doubleQuoted && newlines === 0) table.layout = compileLayout(data, from, before, element.name, indices);
  return end;
}

/** The layout of the element just read (from `from`, after its name), from the text before each value. */
function compileLayout(data: string, from: number, before: readonly number[], name: string, indices: readonly number[]): Layout {
  let source = `<${escapeRegExp(name)}`;
  let at = from;
  for (const length of before) {
    source += `${escapeRegExp(data.slice(at, at + length))}${PLAIN_DOUBLE_QUOTED}"`;
    at = data.indexOf('"', at + length) + 1;
  }
  return { pattern: new RegExp(`${source}[ \t]*/>`, 'y'), before, indices, misses: 0 };
}

// The value of a double-quoted attribute that needs no decoding or normalization, as in PLAIN_VALUE.
const PLAIN_DOUBLE_QUOTED = '[^"&<\\x00-\\x1f\\ud800-\\uffff]*';

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Cuts the attribute values out of an element its layout's pattern matched (from `from`, after its name, to `end`). */
function readLayout(data: string, from: number, end: number, element: FastElement, layout: Layout, read: PlainElement): number {
  const wantedCount = element.attributes.length;
  const values = read.values;
  if (values.length !== wantedCount) values.length = wantedCount;
  for (let k = 0; k < wantedCount; k++) values[k] = undefined;
  read.element = element;
  const { before, indices } = layout;
  let at = from;
  for (let k = 0; k < before.length; k++) {
    at += before[k] as number;
    const valueEnd = data.indexOf('"', at);
    const index = indices[k] as number;
    if (index >= 0) values[index] = data.slice(at, valueEnd);
    at = valueEnd + 1;
  }
  read.newlines = 0;
  return end;
}

function isNameEnd(code: number): boolean {
  return code === 61 || code === 32 || code === 10 || code === 13 || code === 9;
}

/** saxes' messages start with `line:column: `; the FileError carries the line itself. */
function describeSaxesError(message: string): string {
  const problem = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  if (/undefined entity/.test(problem)) {
    return `is not readable XML: ${problem} Reports may use only XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references; entities declared in a DTD are never expanded, and no DTD or external entity is ever fetched.`;
  }
  return `is not well-formed XML: ${problem}`;
}
