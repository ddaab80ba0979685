import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { FastElement } from '../../src/gate/xml/stream-xml.js';
import { streamXml } from '../../src/gate/xml/stream-xml.js';
import { FileError } from '../../src/errors.js';

// streamXml reads plain empty elements, plain text and plain CDATA itself and hands the rest to
// saxes. Whatever it reads itself, and however the file is cut into chunks, it must hear what
// saxes alone hears from the whole document: the same elements with the same attributes, the
// same character data, and for a document that is not well-formed an error at the same line.

const WANTED = ['classname', 'name', 'file', 'line'];

/** What saxes alone, given the whole document, reports. */
function saxesEvents(xml: string, withText: boolean): { events: string[]; error?: number } {
  const events: string[] = [];
  let text = '';
  const flushText = (): void => {
    if (text !== '') events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: number | undefined;
  parser.on('error', () => {
    error ??= parser.line;
  });
  // Character data is what is inside the root element (the prolog's white space is not).
  let depth = 0;
  parser.on('opentag', (tag) => {
    flushText();
    depth++;
    events.push(open(tag.name, tag.attributes));
  });
  parser.on('closetag', (tag) => {
    flushText();
    depth--;
    events.push(`</${tag.name}>`);
  });
  if (withText) {
    parser.on('text', (t) => {
      if (depth > 0) text += t;
    });
    parser.on('cdata', (t) => {
      if (depth > 0) text += t;
    });
  }
  parser.write(xml);
  if (error === undefined) parser.close();
  flushText();
  return error === undefined ? { events } : { events, error };
}

/** A test case as the reader hears it: only the wanted attributes, whichever path read it. */
function open(name: string, attributes: Readonly<Record<string, string | undefined>>): string {
  if (name !== 'testcase') return `<${name} ${JSON.stringify(attributes)}>`;
  return `<testcase ${JSON.stringify(WANTED.map((key) => attributes[key] ?? null))}>`;
}

/** What streamXml, reading the document in the given chunks, reports. */
async function streamEvents(chunks: readonly string[], withText: boolean, joinLength?: number): Promise<{ events: string[]; error?: number }> {
  const events: string[] = [];
  let text = '';
  const flushText = (): void => {
    if (text !== '') events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const testcase: FastElement = {
    name: 'testcase',
    attributes: WANTED,
    ignored: ['time'],
    read: (values) => {
      flushText();
      events.push(`<testcase ${JSON.stringify(values.map((value) => value ?? null))}>`, '</testcase>');
    },
  };
  try {
    await streamXml(
      'property.xml',
      {
        open: (name, attributes) => {
          flushText();
          events.push(open(name, attributes));
        },
        close: (name) => {
          flushText();
          events.push(`</${name}>`);
        },
        text: (t) => (text += t),
        wantsText: () => withText,
      },
      {
        fastElements: [testcase],
        ...(joinLength !== undefined ? { joinLength } : {}),
        // eslint-disable-next-line @typescript-eslint/require-await -- an async source, as a file stream is
        source: async function* () {
          yield* chunks;
        },
      },
    );
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    flushText();
    return { events, error: error.line ?? -1 };
  }
  flushText();
  return { events };
}

// Pieces chosen to meet every branch: plain and unplain values, entities and character
// references, line breaks and CRs, non-ASCII and astral characters, and now and then something
// that is not well-formed at all.
const valueChar = fc.constantFrom('a', 'Z', '0', ' ', '.', '/', '[', ']', '>', '=', '-', 'é', '😀', '\t', '\n', '\r\n', '&amp;', '&lt;', '&quot;', '&#65;', '&#x1F600;', '&bogus;', '<', '\u0001', '\uFFFE');
const textChar = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\t', ']', ']]>', '>', 'é', '😀', '&amp;', '&gt;', '&#10;', '&nope;', '\u0007', '\uFFFF', '-');
const attributeName = fc.constantFrom('classname', 'name', 'file', 'line', 'time', 'status', 'x:y', 'name2', 'cla');
const space = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', ' \n ');
const value = fc.array(valueChar, { maxLength: 6 }).map((chars) => chars.join(''));
const text = fc.array(textChar, { maxLength: 8 }).map((chars) => chars.join(''));

const attributes = fc.array(fc.tuple(space, attributeName, fc.constantFrom('=', ' = ', '=\n'), fc.constantFrom('"', "'"), value), { maxLength: 5 }).map((list) =>
  list.map(([before, name, equals, quote, v]) => `${before}${name}${equals}${quote}${v.replaceAll(quote, quote === '"' ? '&quot;' : '&apos;')}${quote}`).join(''),
);
const emptyCase = fc.tuple(attributes, fc.constantFrom('/>', ' />', '\n/>', '/ >')).map(([attrs, end]) => `<testcase${attrs}${end}`);
const result = fc.tuple(fc.constantFrom('failure', 'error', 'skipped', 'system-out'), attributes, text, fc.boolean()).map(([name, attrs, body, cdata]) => `<${name}${attrs}>${cdata ? `<![CDATA[${body.replaceAll(']]>', ']]')}]]>` : body}</${name}>`);
const fullCase = fc.tuple(attributes, fc.array(fc.oneof(result, space, text), { maxLength: 3 })).map(([attrs, children]) => `<testcase${attrs}>${children.join('')}</testcase>`);
// Test cases written one way (a report's layout: the same names, white space and quotes) with
// other values, some of them not plain: streamXml learns a layout and reads by it.
const plainValue = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9 ./[\]=>-]{0,6}$/) }, { weight: 1, arbitrary: value });
const layoutCases = fc
  .tuple(
    fc.uniqueArray(fc.tuple(attributeName, fc.oneof({ weight: 4, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: space }), fc.constantFrom('=', '=', ' = ', '=\t'), fc.constantFrom('"', '"', '"', "'")), { maxLength: 5, selector: ([name]) => name }),
    fc.constantFrom('/>', ' />', ' />', '\t/>', '\n/>'),
    fc.array(fc.array(plainValue, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
  )
  .map(([layout, end, rows]) => rows.map((values) => `<testcase${layout.map(([name, before, equals, quote], k) => `${before}${name}${equals}${quote}${(values[k] ?? '').replaceAll(quote, quote === '"' ? '&quot;' : '&apos;')}${quote}`).join('')}${end}`).join(''));
const between = fc.oneof(fc.constant(''), space, fc.constant('<!-- a comment -->'), fc.constant('<?pi data?>'), text);
const suite = fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: emptyCase }, { weight: 2, arbitrary: fullCase }, { weight: 2, arbitrary: layoutCases }), between), { maxLength: 8 }).map((cases) => `<testsuite name="s">${cases.map(([c, b]) => c + b).join('')}</testsuite>`);
const prolog = fc.constantFrom('', '<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>\n', '\uFEFF<?xml version="1.0"?>', '<!DOCTYPE testsuites>\n', '<!-- before -->\n<!DOCTYPE testsuites [\n<!ENTITY e "x">\n]>\n');
const after = fc.constantFrom('', '\n', '<!-- after -->', '<testcase name="late"/>', 'junk', '</testsuites>');
const document = fc.tuple(prolog, fc.array(fc.tuple(suite, between), { maxLength: 3 }), after).map(([head, suites, tail]) => `${head}<testsuites>${suites.map(([s, b]) => s + b).join('')}</testsuites>${tail}`);

/** The text cut at the given points (empty chunks included). */
function cut(whole: string, points: readonly number[]): string[] {
  const at = [...new Set(points.map((point) => point % (whole.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of at) {
    chunks.push(whole.slice(from, point));
    from = point;
  }
  chunks.push(whole.slice(from));
  return chunks;
}

describe('streamXml, property: its own reading agrees with saxes', () => {
  const points = fc.array(fc.nat(), { maxLength: 10 });

  it('hears the elements, attributes and character data saxes hears, however the document is cut (and however little of a chunk is joined to a cut piece)', async () => {
    await fc.assert(
      fc.asyncProperty(document, points, fc.boolean(), fc.option(fc.integer({ min: 1, max: 40 })), async (xml, at, withText, joinLength) => {
        const expected = saxesEvents(xml, withText);
        const actual = await streamEvents(cut(xml, at), withText, joinLength ?? undefined);
        if (expected.error !== undefined) {
          // Not well-formed: an error at the same line; what came before it was heard the same.
          expect(actual.error).toBe(expected.error);
          expect(actual.events).toEqual(expected.events.slice(0, actual.events.length));
        } else {
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a document cut short anywhere, as saxes does', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.nat(), points, fc.option(fc.integer({ min: 1, max: 40 })), async (xml, end, at, joinLength) => {
        const truncated = xml.slice(0, end % (xml.length + 1));
        const expected = saxesEvents(truncated, true);
        const actual = await streamEvents(cut(truncated, at), true, joinLength ?? undefined);
        expect(actual.error !== undefined).toBe(expected.error !== undefined);
        if (expected.error !== undefined) expect(actual.error).toBe(expected.error);
      }),
      { numRuns: 600 },
    );
  });
});
