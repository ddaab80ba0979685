import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3649:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(4051);
const ed2 = __nccwpck_require__(1225);
const NSed3 = __nccwpck_require__(722);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 1225:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 722:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 8418:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9465);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function core_warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            debug(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            debug(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-path-helper.js


const IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_namespaceObject.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_namespaceObject.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = normalizeSeparators(itemPath);
    // Windows
    if (IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_namespaceObject.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_namespaceObject.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/balanced-match@4.0.4/node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/brace-expansion@5.0.13/node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/minimatch@10.2.6/node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_namespaceObject.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_namespaceObject.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_(!segment.includes(external_path_namespaceObject.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_namespaceObject.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_namespaceObject.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = normalizeSeparators(pattern)
            .endsWith(external_path_namespaceObject.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_namespaceObject.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_namespaceObject.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_namespaceObject.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_namespaceObject.sep}`)) {
            homedir = homedir || external_os_.homedir();
            external_assert_(homedir, 'Unable to determine HOME directory');
            external_assert_(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-globber.js
var internal_globber_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                debug(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_namespaceObject.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_.promises.readdir(item.path))).map(x => new SearchState(external_path_namespaceObject.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            debug(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(9023);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core.info : core.debug;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = crypto.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (fs.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = crypto.createHash('sha256');
                const pipeline = util.promisify(stream.pipeline);
                yield pipeline(fs.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+glob@0.7.0/node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield create(patterns, { followSymbolicLinks });
        return _hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map
;// CONCATENATED MODULE: ./packages/core/src/publish/archives/archive-limits.ts
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** Defaults: PyPI's own upload limit is far below these, so only hostile archives reach them. */
const DEFAULT_ARCHIVE_LIMITS = Object.freeze({
    maxMemberSize: 2 * GiB,
    maxTotalUncompressed: 4 * GiB,
    maxCompressionRatio: 1000,
    maxStreamCompressionRatio: 200,
    maxMembers: 100_000,
});
/** Members smaller than this are not ratio-checked: tiny files of one repeated byte are normal. */
const RATIO_CHECKED_FROM = (/* unused pure expression or super */ null && (MiB));
/** The most bytes kept of any one text (METADATA, WHEEL, RECORD, PKG-INFO, pyproject.toml). */
const MAX_TEXT_BYTES = 4 * MiB;
/** Why a member's declared sizes break the limits, or undefined when they do not. */
function describeMemberOverLimits(uncompressedSize, compressedSize, limits) {
    if (uncompressedSize > limits.maxMemberSize) {
        return `it is ${formatBytes(uncompressedSize)} uncompressed, over the ${formatBytes(limits.maxMemberSize)} limit for one member`;
    }
    if (uncompressedSize > RATIO_CHECKED_FROM && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
        const ratio = compressedSize === 0 ? 'an unbounded' : `a ${Math.round(uncompressedSize / compressedSize)}:1`;
        return `it inflates ${formatBytes(compressedSize)} to ${formatBytes(uncompressedSize)}, ${ratio} ratio over the ${limits.maxCompressionRatio}:1 limit`;
    }
    return undefined;
}
/** `1.5 MiB`, `300 B`: sizes in check messages. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TiB'}`;
}

;// CONCATENATED MODULE: ./packages/core/src/summary/markdown.ts
/**
 * Markdown helpers for step summaries. User text (commit subjects, file names) is escaped
 * before it reaches the summary, so a subject like `fix: *all* <script>` renders as written.
 */
/**
 * GitHub's limit for one step's summary: 1 MiB. actions/runner refuses a larger
 * `$GITHUB_STEP_SUMMARY` whole ("upload aborted, supports content up to a size of 1024k").
 */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/**
 * Escapes user text (a commit subject) for inline Markdown: characters that would start emphasis,
 * links, HTML or table cells are backslashed; newlines become spaces. Balanced `code spans` are
 * kept, since authors write them on purpose; an odd backtick is escaped so it cannot swallow the
 * links after it. `_` inside a word (`read_csv`) and `#123` are left alone: GitHub renders them as
 * written, and links issue references.
 */
function escapeMarkdown(text) {
    const clean = text.replace(/[\r\n]+/g, ' ');
    const ticks = clean.split('`').length - 1;
    const parts = ticks > 0 && ticks % 2 === 0 ? clean.split(/(`[^`]+`)/) : [clean];
    return parts.map((part, index) => (index % 2 === 1 ? part : escapeProse(part))).join('');
}
function escapeProse(text) {
    return text
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/[\\`*[\]<>|~]/g, (char) => `\\${char}`)
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}
/** Inline code that survives backticks inside the value. */
function inlineCode(text) {
    const clean = text.replace(/[\r\n]+/g, ' ');
    const fence = clean.includes('`') ? '``' : '`';
    return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}
/** A Markdown table; cells are used as given (escape them first). */
function renderTable(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** `[abc1234](…/commit/<hash>)`, or the short hash alone when there is no repository. */
function commitLink(hash, links) {
    const short = hash.slice(0, 7);
    if (!links.repository)
        return inlineCode(short);
    return `[${inlineCode(short)}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${hash})`;
}
/** `[#12](…/pull/12)`, or `#12` when there is no repository. */
function pullRequestLink(pr, links) {
    if (!links.repository)
        return `#${pr}`;
    return `[#${pr}](${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/pull/${pr})`;
}
/** UTF-8 size of a string, as GitHub counts the summary limit. */
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/summary/fit-to-limit.ts


/**
 * GitHub's limit for one step output ("Outputs are Unicode strings, and can be a maximum of 1 MB"),
 * read as 10^6 bytes: the smaller reading, so a value within it passes either way.
 */
const STEP_OUTPUT_LIMIT = 1_000_000;
/**
 * Our bound on one line of user text (a commit subject, a version read from a file) in a log line,
 * an annotation or a summary: far above anything written on purpose, far below what a log viewer
 * or GitHub's annotation API (64 KiB per message) takes.
 */
const LINE_TEXT_LIMIT = 4096;
/**
 * Fits a report to a byte limit (GitHub's 1 MiB step summary by default) in stages, as the
 * summaries of version-bump, changelog, quality-gate, benchmark-compare and gpu-report must.
 *
 * `stages` render the same report at decreasing detail, e.g. `[every commit, 50 per type, counts
 * only]`; each stage says in its own text what it left out ("… and 812 more"). They are called
 * lazily, in order, and the first whose UTF-8 size is within the limit is returned, so a small
 * report costs one render. When even the last stage is too large (one 5 MB line of user text), it
 * is cut at the last whole line that fits, or inside that line at a character boundary, and
 * `options.note` closes it with how many lines and bytes were left out. The result is always
 * within the limit, in time linear in the stages' sizes.
 *
 * @example
 * const { text } = fitToLimit([() => render(Infinity), () => render(50), () => render(0)]);
 */
function fitToLimit(stages, options = {}) {
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    let last = '';
    for (const [stage, render] of stages.entries()) {
        last = render();
        if (byteLength(last) <= limit)
            return { text: last, stage, cut: false };
    }
    return { text: cutToLimit(last, options), stage: Math.max(0, stages.length - 1), cut: true };
}
/**
 * Cuts a text to a byte limit at the last line break that fits (inside a line, at a character
 * boundary, when no line break does), and ends it with `options.note`. A text within the limit is
 * returned as is.
 */
function cutToLimit(text, options = {}) {
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    if (byteLength(text) <= limit)
        return text;
    const note = options.note ?? summaryNote;
    const bytes = Buffer.from(text, 'utf8');
    // Room for the note: measured with the largest numbers it can show, and some slack, as a size
    // written with fewer digits can take more characters (10 MiB, 9.5 MiB).
    const room = byteLength(`\n\n${note({ lines: countLines(bytes, 0), bytes: bytes.length })}\n`) + 16;
    const budget = Math.max(0, limit - room);
    let end = bytes.lastIndexOf(0x0a, budget - 1) + 1;
    if (end <= 0) {
        // No line break fits: cut inside the line, never inside a UTF-8 sequence.
        end = budget;
        while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
            end--;
    }
    const kept = bytes.subarray(0, end).toString('utf8');
    const leftOut = { lines: countLines(bytes, end), bytes: bytes.length - end };
    return `${kept}${kept === '' || kept.endsWith('\n') ? '' : '\n'}\n${note(leftOut)}\n`;
}
/** The default closing line of a cut summary. */
function summaryNote(leftOut) {
    return `_… ${describeLeftOut(leftOut)} left out to keep the summary under GitHub's 1 MiB limit._`;
}
/** "1,234 more lines (2.1 MiB)": what a cut left out, for closing lines. */
function describeLeftOut(leftOut) {
    const lines = leftOut.lines === 1 ? '1 more line' : `${leftOut.lines.toLocaleString('en-US')} more lines`;
    return `${lines} (${formatBytes(leftOut.bytes)})`;
}
/**
 * One line of user text, at most `max` characters (default {@link LINE_TEXT_LIMIT}): a longer one is
 * cut and ends with "… (N more characters left out)". A surrogate pair is never split.
 */
function clipLine(text, max = LINE_TEXT_LIMIT) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en-US')} more characters left out)`;
}
/** Lines from byte `from` to the end: line breaks, plus one for a last line without one. */
function countLines(bytes, from) {
    let lines = 0;
    for (let at = bytes.indexOf(0x0a, from); at !== -1; at = bytes.indexOf(0x0a, at + 1))
        lines++;
    if (bytes.length > from && bytes[bytes.length - 1] !== 0x0a)
        lines++;
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/errors.ts

/**
 * Typed errors for ops-actions. Every error an action can fail with carries structured fields,
 * so `main.ts` can format it once and tests can assert on the fields rather than on prose.
 */
/** Base class: every error thrown on purpose by ops-actions code. */
class OpsError extends Error {
    name = 'OpsError';
    constructor(message, options) {
        super(message, options);
    }
}
/** A workflow input whose value is not allowed. */
class InputError extends OpsError {
    input;
    value;
    allowed;
    name = 'InputError';
    constructor(input, value, allowed) {
        // The value is the user's own text, of any size: the message quotes a line of it at most.
        super(`Input '${input}' has the value '${clipLine(value, 1000)}', but ${allowed}.`);
        this.input = input;
        this.value = value;
        this.allowed = allowed;
    }
}
/** A file that is missing, or whose content cannot be understood. `line` is 1-based. */
class FileError extends OpsError {
    path;
    problem;
    line;
    name = 'FileError';
    constructor(path, problem, line, options) {
        super(`${line === undefined ? path : `${path}:${line}`}: ${problem}`, options);
        this.path = path;
        this.problem = problem;
        this.line = line;
    }
}
/**
 * No version where the project's configuration says it lives, and no setting saying where: the
 * places looked at, and the `version-files` line that fixes it.
 */
class VersionNotFoundError extends OpsError {
    looked;
    fix;
    name = 'VersionNotFoundError';
    constructor(looked, fix) {
        super(`No version found: no file holds it where this project's configuration says, and no setting says where it lives. Looked in:\n` +
            `${looked.map((place) => `  - ${place}`).join('\n')}\n` +
            `Name the file that holds it in the step's inputs, e.g.:\n  with:\n    ${fix}`);
        this.looked = looked;
        this.fix = fix;
    }
}
/** A git command that failed; `stderr` is kept for the message, never the environment. */
class GitError extends OpsError {
    args;
    exitCode;
    stderr;
    name = 'GitError';
    constructor(args, exitCode, stderr, hint) {
        const detail = stderr.trim() || `exit code ${String(exitCode)}`;
        super(`git ${args.join(' ')} failed: ${detail}${hint ? `\n${hint}` : ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** A version that cannot be parsed, or a version change that the rules refuse. */
class VersionError extends (/* unused pure expression or super */ null && (OpsError)) {
    name = 'VersionError';
}
/** A release that cannot go ahead as asked (a tag that exists, commits that are not conventional, ...). */
class ReleaseError extends (/* unused pure expression or super */ null && (OpsError)) {
    name = 'ReleaseError';
}
/**
 * Turns anything thrown into one message for `core.setFailed`. A thrown non-Error
 * (a string, an object) still fails the step with something readable; a message is cut at
 * 16 KiB characters (user text can be any size).
 */
function formatError(error) {
    return clipLine(describeError(error), MESSAGE_LIMIT);
}
// One failure message, as an annotation shows it: bounded whatever text went into it.
const MESSAGE_LIMIT = 16 * 1024;
function describeError(error) {
    if (error instanceof OpsError)
        return error.message;
    if (error instanceof Error)
        return `${error.name}: ${error.message}`;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected failure: ${JSON.stringify(error)}`;
    }
    catch {
        return `Unexpected failure: ${String(error)}`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/parse-input.ts

/** Builds an InputSource from a plain record (missing names read as ''), for tests and the CLI. */
function inputSourceFrom(values) {
    return (name) => values[name] ?? '';
}
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/**
 * YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; anything else
 * (`ture`, `yes`, `1`) is an error that names the input, not a silent false.
 */
function parseBooleanInput(name, raw) {
    const value = raw.trim();
    if (TRUE_VALUES.has(value))
        return true;
    if (FALSE_VALUES.has(value))
        return false;
    throw new InputError(name, raw, 'it must be true or false');
}
/** One of a fixed set of values (after trimming; case-sensitive, as YAML authors write them). */
function parseChoiceInput(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new InputError(name, raw, `it must be one of: ${allowed.join(', ')}`);
}
/** A list written comma- or newline-separated, as in `a, b` or a YAML block scalar; blanks dropped. */
function parseListInput(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/inputs/repository-path.ts



/**
 * Paths given in inputs (`version-files`, `changelog`, `path`, `dist`, `pyproject`): one rule for
 * every action, checked twice. When inputs are read, `parseRepositoryPath` checks the text: relative
 * to the workspace, or absolute inside it (`${{ github.workspace }}/dist`), never through `..` and
 * never into `.git`. When the path is used, `resolveRepositoryPath` checks where it really leads:
 * symbolic links resolved (a dangling link's target and a file that does not exist yet included),
 * the real location must still be inside the workspace and outside `.git`, and a folder where a
 * file is wanted (or the other way round) is named as such.
 */
/** A path that is not relative to the workspace: `/x`, `\x`, `\\server\x`, `C:\x` or `C:x` (relative to a drive's folder). */
const ABSOLUTE = /^([\\/]|[A-Za-z]:)/;
/**
 * A path given in an input, relative to the workspace, checked as text when inputs are read.
 * Absolute paths (`/x`, `C:\x`, `\\server\x`) are accepted when they lie inside `context.workspace`
 * and returned relative to it; `..` segments and any path into `.git` are refused.
 * @throws InputError naming the input, the value and what is allowed.
 */
function parseRepositoryPath(name, raw, context = {}) {
    let path = raw.trim();
    if (path === '')
        throw new InputError(name, raw, 'it must be a path inside the repository');
    if (ABSOLUTE.test(path)) {
        const workspace = context.workspace === undefined ? undefined : (0,external_node_path_namespaceObject.resolve)(context.workspace);
        const inside = workspace === undefined ? undefined : (0,external_node_path_namespaceObject.relative)(workspace, (0,external_node_path_namespaceObject.resolve)(path));
        if (workspace === undefined || inside === undefined || isOutside(inside)) {
            throw new InputError(name, raw, `it must be a relative path, or an absolute path inside the workspace${workspace ? ` (${workspace})` : ''}`);
        }
        path = inside === '' ? '.' : inside;
    }
    const problem = relativePathProblem(path);
    if (problem !== undefined)
        throw new InputError(name, raw, problem);
    return path;
}
/**
 * True for a path that a configuration file may name for writing (a version file that
 * python-semantic-release or commitizen lists): relative, without `..`, not into `.git`. The same
 * text rule as {@link parseRepositoryPath}, for paths that come from files rather than inputs.
 */
function isRepositoryPath(path) {
    return path !== '' && !ABSOLUTE.test(path) && relativePathProblem(path) === undefined;
}
/** What is wrong with a path relative to the workspace, as text: a `..` segment, or a part that is `.git`. */
function relativePathProblem(path) {
    if (/(^|[\\/])\.\.([\\/]|$)/.test(path))
        return 'it must be a relative path inside the repository, without .. segments';
    if (segments(path).some(isGitDirName))
        return 'it is inside .git, which only git itself may write';
    return undefined;
}
// Linux's limit on links followed in one path (MAXSYMLINKS): a loop stops here.
const MAX_LINK_HOPS = 40;
/**
 * Resolves a path given in input `input` (already checked by `parseRepositoryPath`) against the
 * workspace, following symbolic links component by component as the operating system would. A
 * path that does not exist yet (or a dangling link) resolves through its existing parents, so a
 * file about to be created is checked where it would be created.
 * @throws InputError naming the input and the path when its real location is outside the
 * workspace or inside `.git`, or when `kind` is given and something else is there (a missing
 * path is not an error here: the caller decides).
 */
async function repository_path_resolveRepositoryPath(workspace, input, path, kind) {
    const root = await (0,promises_namespaceObject.realpath)(workspace);
    const { real, found } = await realLocation(root, (0,external_node_path_namespaceObject.resolve)(root, path), { input, path });
    const inside = (0,external_node_path_namespaceObject.relative)(root, real);
    if (isOutside(inside)) {
        throw new InputError(input, path, `it leads outside the repository, to ${real}; only files inside the repository are read or written`);
    }
    if (segments(inside).some(isGitDirName)) {
        throw new InputError(input, path, `it leads into .git (${inside}), which only git itself may write`);
    }
    const resolved = { input, path, real, relative: inside, found };
    if (kind !== undefined)
        expectKind(resolved, kind);
    return resolved;
}
/**
 * Checks that a resolved path names what the input wants: a folder where a file is expected (or a
 * file where a folder is) is named as such. A missing path passes.
 * @throws InputError naming the input and the path.
 */
function expectKind(resolved, kind) {
    if (resolved.found === kind || resolved.found === 'missing')
        return;
    const what = resolved.found === 'other' ? 'neither a file nor a folder' : `a ${resolved.found}`;
    throw new InputError(resolved.input, resolved.path, `${resolved.path} is ${what}; it must name a ${kind}`);
}
/** Walks `absolute` from its root, following each symbolic link it meets, as path resolution does. */
async function realLocation(root, absolute, named) {
    let current = (0,external_node_path_namespaceObject.parse)(absolute).root;
    const pending = segments(absolute.slice(current.length));
    let hops = 0;
    while (pending.length > 0) {
        const part = pending.shift();
        if (part === '.')
            continue;
        if (part === '..') {
            current = (0,external_node_path_namespaceObject.dirname)(current);
            continue;
        }
        const next = (0,external_node_path_namespaceObject.join)(current, part);
        let stats;
        try {
            stats = await (0,promises_namespaceObject.lstat)(next);
        }
        catch (error) {
            const code = error.code;
            // Nothing is there yet: the rest cannot hold a link, so it resolves as written.
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return { real: (0,external_node_path_namespaceObject.resolve)(next, ...pending), found: 'missing' };
            throw error;
        }
        if (stats.isSymbolicLink()) {
            hops++;
            if (hops > MAX_LINK_HOPS)
                throw new InputError(named.input, named.path, `it goes through more than ${MAX_LINK_HOPS} symbolic links (a loop?)`);
            const target = await (0,promises_namespaceObject.readlink)(next);
            if ((0,external_node_path_namespaceObject.isAbsolute)(target))
                current = (0,external_node_path_namespaceObject.parse)((0,external_node_path_namespaceObject.resolve)(target)).root;
            const parts = segments((0,external_node_path_namespaceObject.isAbsolute)(target) ? (0,external_node_path_namespaceObject.resolve)(target).slice(current.length) : target);
            for (let i = parts.length - 1; i >= 0; i--)
                pending.unshift(parts[i]);
            continue;
        }
        current = next;
        if (pending.length > 0 && !stats.isDirectory()) {
            throw new InputError(named.input, named.path, `${(0,external_node_path_namespaceObject.relative)(root, current) || current} is a file, so nothing can be inside it`);
        }
        if (pending.length === 0)
            return { real: current, found: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other' };
    }
    return { real: current, found: 'folder' };
}
function segments(path) {
    return path.split(/[\\/]+/).filter((part) => part !== '');
}
/** True when a path relative to the workspace (as `path.relative` gives it) leads outside it. */
function isOutside(relativePath) {
    return relativePath === '..' || relativePath.startsWith(`..${external_node_path_namespaceObject.sep}`) || relativePath.startsWith('../') || (0,external_node_path_namespaceObject.isAbsolute)(relativePath);
}
/**
 * `.git` as any file system may spell it: in any case (macOS and Windows ignore case), with the
 * trailing dots and spaces Windows drops, or as its 8.3 short name `GIT~1` (git's own
 * core.protectNTFS refuses the same names).
 */
function isGitDirName(segment) {
    const name = segment.toLowerCase().replace(/[. ]+$/, '');
    return name === '.git' || name === 'git~1';
}

;// CONCATENATED MODULE: ./packages/core/src/gate/findings/finding-types.ts
/** bandit's severities, lowest first; SARIF results map onto them for `high-severity`. */
const SEVERITIES = ['low', 'medium', 'high'];

;// CONCATENATED MODULE: ./packages/core/src/gate/gate-settings.ts




/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
const QUALITY_GATE_DEFAULTS = {
    preset: '',
    junit: '',
    'min-pass-rate': '',
    'test-suites': '',
    coverage: '',
    'min-coverage': '',
    'min-diff-coverage': '',
    'base-ref': '',
    bandit: '',
    'bandit-severity': 'high',
    'pip-audit': '',
    'ignore-vulns': '',
    sarif: '',
    lint: '',
    benchmark: '',
    'min-approvals': '',
    'if-no-files': 'error',
    fail: 'true',
    'comment-on-pr': 'false',
    'github-token': '${{ github.token }}',
};
const PRESETS = ['staging', 'production'];
/** What each preset sets; an input given explicitly wins. */
const PRESET_VALUES = {
    staging: { minPassRate: 100, banditSeverity: 'high', noVulnerabilities: true, noBenchmarkRegression: false },
    production: { minPassRate: 95, minCoverage: 80, banditSeverity: 'high', noVulnerabilities: true, noBenchmarkRegression: true },
};
/** Globs one a line (`!` excludes); blank lines and `#` comments dropped. */
function parseGlobList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * Report globs, by the rule every path input follows (`parseRepositoryPath`): relative to the
 * workspace or absolute inside it (made relative), never through `..`, never into `.git`. A
 * leading `!` (an exclusion, as @actions/glob reads it) is kept.
 * @throws InputError naming the input and the pattern.
 */
function parseGlobInput(name, raw, context = {}) {
    return parseGlobList(raw).map((line) => checkGlob(name, line, context));
}
function checkGlob(name, pattern, context) {
    const negation = /^!*/.exec(pattern)?.[0] ?? '';
    return `${negation}${parseRepositoryPath(name, pattern.slice(negation.length), context)}`;
}
/** A percent between 0 and 100 (`95`, `95%`, `99.5`). */
function parsePercentInput(name, raw) {
    const value = raw.trim().replace(/%$/, '').trim();
    if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) > 100)
        throw new InputError(name, raw, 'it must be a percent between 0 and 100, e.g. 80 or 99.5');
    return Number(value);
}
/**
 * `test-suites`: one suite a line, `name: glob [glob ...] [>= N%]` (globs separated by spaces or
 * commas; `!glob` excludes). Without `>= N%` the suite takes `min-pass-rate`.
 */
function parseTestSuites(raw, fallback, context = {}) {
    const suites = [];
    for (const line of parseGlobList(raw)) {
        const match = /^([^:]+?)\s*:\s*(.+?)(?:\s*>=\s*(\d+(?:\.\d+)?)\s*%?)?$/.exec(line);
        const patterns = match?.[2]?.split(/[\s,]+/).filter((pattern) => pattern !== '') ?? [];
        // A threshold that did not parse (`>= 95 percent`, `> 95%`) would otherwise be read as globs.
        if (!match?.[1] || patterns.length === 0 || patterns.some((pattern) => /^[<>=]/.test(pattern))) {
            throw new InputError('test-suites', line, 'each line must be `name: glob >= N%`, e.g. `unit: reports/unit-*.xml >= 100%`');
        }
        if (suites.some((suite) => suite.name === match[1]))
            throw new InputError('test-suites', line, `suite names must be unique ('${match[1]}' is given twice)`);
        const minPassRate = match[3] === undefined ? fallback : parsePercentInput('test-suites', match[3]);
        suites.push({ name: match[1], patterns: patterns.map((pattern) => checkGlob('test-suites', pattern, context)), minPassRate });
    }
    return suites;
}
/**
 * Reads and checks every input (not the token: main.ts reads it and never passes it on).
 * `context.workspace` is where absolute report globs must lie.
 */
function parseQualityGateSettings(source, context = {}) {
    const read = (name) => source(name).trim();
    const presetRaw = read('preset');
    const preset = presetRaw === '' ? undefined : parseChoiceInput('preset', presetRaw, PRESETS);
    const values = preset === undefined ? undefined : PRESET_VALUES[preset];
    const junit = parseGlobInput('junit', source('junit'), context);
    const minPassRateRaw = read('min-pass-rate');
    const minPassRate = minPassRateRaw !== '' ? parsePercentInput('min-pass-rate', minPassRateRaw) : (values?.minPassRate ?? 100);
    const testSuites = parseTestSuites(source('test-suites'), minPassRate, context);
    if (minPassRateRaw !== '' && junit.length === 0 && testSuites.length === 0) {
        throw new InputError('min-pass-rate', minPassRateRaw, 'it needs test reports: give them in `junit` or `test-suites`');
    }
    const coverage = parseGlobInput('coverage', source('coverage'), context);
    const minCoverageRaw = read('min-coverage');
    const minCoverage = minCoverageRaw !== '' ? parsePercentInput('min-coverage', minCoverageRaw) : values?.minCoverage;
    if (minCoverageRaw !== '' && coverage.length === 0)
        throw new InputError('min-coverage', minCoverageRaw, 'it needs coverage reports: give them in `coverage`');
    const minDiffRaw = read('min-diff-coverage');
    const minDiffCoverage = minDiffRaw === '' ? undefined : parsePercentInput('min-diff-coverage', minDiffRaw);
    if (minDiffCoverage !== undefined && coverage.length === 0)
        throw new InputError('min-diff-coverage', minDiffRaw, 'it needs coverage reports: give them in `coverage`');
    const baseRef = read('base-ref') === '' ? undefined : read('base-ref');
    if (baseRef !== undefined && (baseRef.startsWith('-') || /[\s~^:?*[\\]|\.\./.test(baseRef))) {
        throw new InputError('base-ref', baseRef, 'it must be a branch, tag or commit (e.g. origin/main)');
    }
    const bandit = parseGlobInput('bandit', source('bandit'), context);
    const banditSeverity = parseChoiceInput('bandit-severity', read('bandit-severity') || (values?.banditSeverity ?? 'high'), SEVERITIES);
    const approvalsRaw = read('min-approvals');
    if (approvalsRaw !== '' && !/^\d+$/.test(approvalsRaw))
        throw new InputError('min-approvals', approvalsRaw, 'it must be a whole number, e.g. 1');
    const pipAudit = parseGlobInput('pip-audit', source('pip-audit'), context);
    const sarif = parseGlobInput('sarif', source('sarif'), context);
    const lint = parseGlobInput('lint', source('lint'), context);
    const benchmark = parseGlobInput('benchmark', source('benchmark'), context);
    const presetWithoutReports = [];
    if (values !== undefined) {
        if (junit.length === 0 && testSuites.length === 0)
            presetWithoutReports.push({ gate: 'Tests', inputs: ['junit', 'test-suites'], threshold: `≥ ${minPassRate}% passed` });
        if (minCoverage !== undefined && coverage.length === 0)
            presetWithoutReports.push({ gate: 'Coverage', inputs: ['coverage'], threshold: `≥ ${minCoverage}%` });
        // bandit's JSON or any SARIF (bandit's, semgrep's, CodeQL's) shows the security findings.
        if (bandit.length === 0 && sarif.length === 0)
            presetWithoutReports.push({ gate: 'Security', inputs: ['bandit', 'sarif'], threshold: `no finding ≥ ${banditSeverity}` });
        if (values.noVulnerabilities && pipAudit.length === 0)
            presetWithoutReports.push({ gate: 'Vulnerabilities', inputs: ['pip-audit'], threshold: 'none known' });
        if (values.noBenchmarkRegression && benchmark.length === 0)
            presetWithoutReports.push({ gate: 'Benchmarks', inputs: ['benchmark'], threshold: 'no regression', optional: true });
    }
    const minApprovals = approvalsRaw === '' ? undefined : Number(approvalsRaw);
    const settings = {
        preset,
        junit,
        minPassRate,
        testSuites,
        coverage,
        minCoverage,
        minDiffCoverage,
        baseRef,
        bandit,
        banditSeverity,
        pipAudit,
        ignoreVulns: read('ignore-vulns').split(/[\s,]+/).filter((id) => id !== ''),
        sarif,
        lint,
        benchmark,
        minApprovals,
        ifNoFiles: parseChoiceInput('if-no-files', read('if-no-files') || 'error', ['error', 'warn', 'ignore']),
        fail: parseBooleanInput('fail', read('fail') || 'true'),
        commentOnPr: parseBooleanInput('comment-on-pr', read('comment-on-pr') || 'false'),
        presetWithoutReports,
    };
    if (preset === undefined && minApprovals === undefined && [junit, testSuites, coverage, bandit, pipAudit, sarif, lint, benchmark].every((list) => list.length === 0)) {
        // A gate that looks at nothing would pass every deployment.
        throw new InputError('preset', presetRaw, 'the gate has nothing to judge: give a preset, reports (junit, test-suites, coverage, bandit, pip-audit, sarif, lint, benchmark) or min-approvals');
    }
    return settings;
}

;// CONCATENATED MODULE: ./packages/core/src/github/pull-request-context.ts


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Reads the event payload the runner wrote (`GITHUB_EVENT_PATH`) for the pull request a run is
 * about. Pushes, schedules and dispatches have none; an `issue_comment` on a pull request names
 * it as `issue.number` with an `issue.pull_request` key. A payload that is not JSON fails: the
 * runner always writes JSON, so anything else is a broken setup worth seeing.
 */
async function readPullRequestContext(env) {
    const none = { number: undefined, sha: env.GITHUB_SHA || undefined, baseRef: undefined, baseSha: undefined, fromFork: false };
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return none;
    let payload;
    try {
        payload = JSON.parse(await (0,promises_namespaceObject.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return none;
        throw new OpsError(`The event payload ${path} (GITHUB_EVENT_PATH) is not readable JSON: ${error.message}`, { cause: error });
    }
    const event = (payload ?? {});
    const pull = event.pull_request;
    if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && typeof pull === 'object' && pull !== null) {
        const head = (pull.head ?? {});
        const base = (pull.base ?? {});
        const headRepo = (head.repo ?? {});
        const baseRepo = (base.repo ?? {});
        return {
            number: typeof pull.number === 'number' ? pull.number : undefined,
            sha: typeof head.sha === 'string' ? head.sha : none.sha,
            baseRef: typeof base.ref === 'string' ? base.ref : undefined,
            baseSha: typeof base.sha === 'string' ? base.sha : undefined,
            fromFork: typeof headRepo.full_name === 'string' && typeof baseRepo.full_name === 'string' && headRepo.full_name !== baseRepo.full_name,
        };
    }
    const issue = event.issue;
    if (env.GITHUB_EVENT_NAME === 'issue_comment' && issue && typeof issue.number === 'number' && issue.pull_request) {
        return { ...none, number: issue.number };
    }
    return none;
}

;// CONCATENATED MODULE: ./packages/core/src/github/github-api.ts

/** A call to the GitHub API that failed; `status` is the HTTP status (undefined: no answer at all). */
class GitHubApiError extends OpsError {
    route;
    status;
    apiMessage;
    name = 'GitHubApiError';
    constructor(route, status, apiMessage, options) {
        super(`GitHub API ${route} failed${status === undefined ? '' : ` with ${status}`}: ${apiMessage}`, options);
        this.route = route;
        this.status = status;
        this.apiMessage = apiMessage;
    }
    /**
     * The token may not do this: a read-only `GITHUB_TOKEN` (a pull request from a fork, or a job
     * without the permission) gets 403 "Resource not accessible by integration"; a token without
     * access to a private resource gets 404. Callers warn instead of failing the step.
     */
    get permissionDenied() {
        return this.status === 403 || this.status === 404 || this.status === 401;
    }
}
/** `owner/name` split and checked. */
function parseRepositoryRef(repository) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
    if (!match?.[1] || !match[2])
        throw new OpsError(`GITHUB_REPOSITORY is '${repository}', not owner/name.`);
    return { owner: match[1], repo: match[2] };
}
/**
 * Runs one API call and turns Octokit's RequestError (anything with a numeric `status`) into a
 * GitHubApiError that carries the status and GitHub's own `message`, never the request's headers
 * (they hold the token).
 */
async function callGitHub(route, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof GitHubApiError)
            throw error;
        const status = typeof error.status === 'number' ? error.status : undefined;
        const data = error.response?.data;
        const apiMessage = typeof data === 'object' && data !== null && typeof data.message === 'string'
            ? data.message
            : error instanceof Error
                ? error.message
                : String(error);
        throw new GitHubApiError(route, status, apiMessage, { cause: status === undefined ? error : undefined });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/text/describe-json-error.ts
/**
 * Where JSON.parse stopped, as a line and column, without quoting the file: V8's own message quotes the text around
 * the error ('Unexpected token …, "SECRET=abc"… is not valid JSON'), and the file may be anything a path led to.
 */
function describeJsonError(text, error) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
        const before = text.slice(0, Number(position));
        const line = before.split('\n').length;
        return ` (at line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
    }
    if (/Unexpected end of JSON input/.test(message))
        return ' (it ends too early)';
    const first = text.trimStart().charAt(0);
    return first === '{' || first === '[' ? '' : ' (it does not start with { or [)';
}

;// CONCATENATED MODULE: ./packages/core/src/benchmark/benchmark-report.ts


/**
 * The JSON report that `benchmark-compare` writes (its `report` output) and `quality-gate`'s
 * `benchmark` input reads: every comparison with its verdict. The schema is versioned by `schema`;
 * a reader refuses other versions rather than guessing.
 */
const BENCHMARK_REPORT_SCHEMA = 'ops-actions/benchmark-compare/v1';
const BENCHMARK_VERDICTS = ['regression', 'improvement', 'within-noise', 'unchanged', 'new', 'removed'];
/** Reads a benchmark-compare report; anything else is a FileError that says what the file is not. */
function parseBenchmarkReport(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new FileError(path, `is not JSON${describeJsonError(text, error)}; expected the report benchmark-compare writes`, undefined, { cause: error });
    }
    const record = (typeof data === 'object' && data !== null ? data : {});
    if (record.schema !== BENCHMARK_REPORT_SCHEMA) {
        const hint = Array.isArray(record.benchmarks) ? ' It looks like pytest-benchmark results: give it to benchmark-compare, and its `report` output here.' : '';
        throw new FileError(path, `is not a benchmark-compare report (its "schema" is ${JSON.stringify(record.schema ?? null)}, expected "${BENCHMARK_REPORT_SCHEMA}").${hint}`);
    }
    const comparisons = record.comparisons;
    if (!Array.isArray(comparisons))
        throw new FileError(path, 'has no "comparisons" list');
    for (const [index, item] of comparisons.entries()) {
        const entry = (item ?? {});
        if (typeof entry.name !== 'string' || !BENCHMARK_VERDICTS.includes(entry.verdict)) {
            throw new FileError(path, `comparison ${index} needs a "name" and a "verdict" (one of ${BENCHMARK_VERDICTS.join(', ')})`);
        }
    }
    for (const key of ['passed'])
        if (typeof record[key] !== 'boolean')
            throw new FileError(path, `"${key}" must be true or false`);
    for (const key of ['threshold', 'regressions', 'improvements', 'maxRegression']) {
        if (typeof record[key] !== 'number' || !Number.isFinite(record[key]))
            throw new FileError(path, `"${key}" must be a number`);
    }
    return record;
}

;// CONCATENATED MODULE: ./packages/core/src/github/pull-request-reviews.ts

/**
 * Pure: approvals as GitHub counts them for branch protection. Each reviewer's latest review that
 * is not a plain comment decides (a later `COMMENTED` does not withdraw an approval; a `DISMISSED`
 * one does); pending reviews are not submitted yet. Reviews arrive oldest first from the API.
 */
function countApprovals(reviews) {
    const latest = new Map();
    for (const review of reviews) {
        if (review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.user, review.state);
    }
    const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user).sort();
    const changesRequested = [...latest].filter(([, state]) => state === 'CHANGES_REQUESTED').map(([user]) => user).sort();
    return { approvals: approvers.length, approvers, changesRequested };
}
/** Every review of pull request `number` (all pages), oldest first. */
async function listPullRequestReviews(api, repository, number) {
    const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
    const items = await callGitHub(route, () => api.paginate(route, { ...repository, pull_number: number, per_page: 100 }));
    return items.map((item) => {
        const record = (item ?? {});
        return {
            user: typeof record.user?.login === 'string' ? record.user.login : '(deleted user)',
            state: typeof record.state === 'string' ? record.state : '',
            commitId: typeof record.commit_id === 'string' ? record.commit_id : undefined,
        };
    });
}
/**
 * The pull requests a commit belongs to (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`): on a push
 * to the default branch, the merged pull request that brought the commit in.
 */
async function listPullRequestsForCommit(api, repository, sha) {
    const route = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
    const items = await callGitHub(route, () => api.paginate(route, { ...repository, commit_sha: sha, per_page: 100 }));
    return items.map((item) => {
        const record = (item ?? {});
        return {
            number: typeof record.number === 'number' ? record.number : -1,
            state: typeof record.state === 'string' ? record.state : '',
            merged: typeof record.merged_at === 'string',
            baseRef: typeof record.base?.ref === 'string' ? record.base.ref : '',
        };
    });
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/coverage-paths.ts



/**
 * Turns the paths coverage reports give into repository-relative ones with `/`, so legs merge and
 * diff coverage finds them: coverage.py writes paths relative to where it ran (`src\\pkg\\a.py` on
 * Windows), Cobertura relative to one of its `<source>` folders (which are absolute paths on the
 * runner that made them: `/home/runner/work/x/x/src` on Linux, `D:\\a\\x\\x\\src` on Windows),
 * lcov often absolute. A path is tried as given, then joined to each source, then by its tail
 * (`D:\\a\\x\\x\\src` + `pkg/a.py` → `src/pkg/a.py` when that exists here). When nothing exists
 * (a gate job without a checkout), the path as the report gives it is kept: legs still agree.
 */
class CoveragePathResolver {
    workspace;
    cache = new Map();
    constructor(workspace) {
        this.workspace = workspace;
    }
    resolve(reported, sources = []) {
        const key = `${sources.join('\u0000')}\u0001${reported}`;
        const cached = this.cache.get(key);
        if (cached !== undefined)
            return cached;
        const resolved = this.find(reported, sources) ?? clean(stripDotSlash(reported));
        this.cache.set(key, resolved);
        return resolved;
    }
    find(reported, sources) {
        const candidates = [];
        const path = toSlashes(reported);
        if (isAbsolutePath(path))
            candidates.push(...tails(path));
        else {
            candidates.push(stripDotSlash(path));
            for (const source of sources) {
                const base = toSlashes(source).replace(/\/+$/, '');
                if (isAbsolutePath(base)) {
                    const inside = this.insideWorkspace(base);
                    if (inside !== undefined)
                        candidates.push(inside === '' ? path : `${inside}/${path}`);
                    else
                        for (const tail of tails(base))
                            candidates.push(tail === '' ? path : `${tail}/${path}`);
                }
                else if (base !== '' && base !== '.')
                    candidates.push(`${stripDotSlash(base)}/${path}`);
            }
        }
        for (const candidate of candidates) {
            const cleaned = clean(candidate);
            if (cleaned !== '' && !cleaned.startsWith('../') && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(this.workspace, cleaned)))
                return cleaned;
        }
        return undefined;
    }
    insideWorkspace(absolute) {
        const native = absolute.replace(/\//g, external_node_path_namespaceObject.sep);
        if (!(0,external_node_path_namespaceObject.isAbsolute)(native))
            return undefined;
        const inside = (0,external_node_path_namespaceObject.relative)(this.workspace, native);
        return isOutside(inside) ? undefined : toSlashes(inside);
    }
}
function toSlashes(path) {
    return path.replace(/\\/g, '/');
}
function stripDotSlash(path) {
    return toSlashes(path).replace(/^(?:\.\/)+/, '');
}
function isAbsolutePath(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
/** Every tail of an absolute path, longest first: `/a/b/c` → `a/b/c`, `b/c`, `c`, `` (the drive dropped). */
function tails(path) {
    const parts = path.replace(/^[A-Za-z]:/, '').split('/').filter((part) => part !== '');
    return parts.map((_, index) => parts.slice(index).join('/')).concat('');
}
/** Removes `.` segments and resolves `..` ones inside the path. */
function clean(path) {
    const out = [];
    for (const part of toSlashes(path).split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..' && out.length > 0 && out.at(-1) !== '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/');
}

;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/diff-coverage.ts

/**
 * Pure: the lines a unified diff adds or changes, by file, as diff-cover reads `git diff -U0`
 * (diff_cover/diff_reporter.py `GitDiffReporter._parse_diff_str`): a `+` line in a hunk is a
 * changed line of the new file; deleted files are left out. With `previous`, the lines this diff
 * deletes are removed from what the earlier diff changed first (diff-cover's way of stacking the
 * committed, staged and unstaged diffs).
 */
function parseUnifiedDiff(diff, previous = new Map()) {
    const result = new Map([...previous].map(([file, lines]) => [file, new Set(lines)]));
    let file;
    let oldLine = 0;
    let newLine = 0;
    let added;
    const deleted = new Set();
    const finish = () => {
        if (file === undefined)
            return;
        const earlier = result.get(file) ?? new Set();
        for (const line of deleted)
            earlier.delete(line);
        for (const line of added ?? [])
            earlier.add(line);
        if (earlier.size > 0)
            result.set(file, earlier);
        else
            result.delete(file);
        deleted.clear();
        added = undefined;
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
            finish();
            file = undefined;
            continue;
        }
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\t$/, '');
            file = target === '/dev/null' ? undefined : unquote(target).replace(/^b\//, '');
            added = new Set();
            continue;
        }
        if (line.startsWith('--- '))
            continue;
        const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            oldLine = Number(hunk[1]);
            newLine = Number(hunk[2]);
            continue;
        }
        if (file === undefined || added === undefined)
            continue;
        if (line.startsWith('+'))
            added.add(newLine++);
        else if (line.startsWith('-'))
            deleted.add(oldLine++);
        else if (line.startsWith(' ')) {
            oldLine++;
            newLine++;
        }
    }
    finish();
    return result;
}
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    // core.quotepath=off leaves UTF-8 alone; what git still quotes are escapes like \" and \t.
    return path.slice(1, -1).replace(/\\(["\\])/g, '$1').replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}
/**
 * Pure: diff-cover's rule (diff_cover/report_generator.py `DiffViolations`): of the changed lines
 * of each file, those the coverage report measures count, and those it saw missed are uncovered;
 * files the reports do not know are ignored (documentation, configuration). Only lines count,
 * not branches, as in diff-cover.
 */
function computeDiffCoverage(base, changed, coverage) {
    let measured = 0;
    let covered = 0;
    let files = 0;
    const uncovered = [];
    for (const [file, lines] of [...changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const data = coverage.get(file);
        if (data === undefined)
            continue;
        const missed = [];
        let inFile = 0;
        for (const line of [...lines].sort((a, b) => a - b)) {
            if (!data.measured.has(line))
                continue;
            inFile++;
            if (data.missing.has(line))
                missed.push(line);
        }
        if (inFile === 0)
            continue;
        files++;
        measured += inFile;
        covered += inFile - missed.length;
        if (missed.length > 0)
            uncovered.push({ file, lines: missed });
    }
    return { base, measured, covered, uncovered, files };
}
/** The base commit could not be found in the clone. */
class BaseRefError extends OpsError {
    name = 'BaseRefError';
}
/**
 * The lines changed since `base`, as diff-cover collects them (diff_cover/git_diff.py
 * `GitDiffTool`): `git diff -U0 <base>...HEAD` (from the merge base, so what the base branch
 * did since is not counted), then the staged and the unstaged changes on top.
 */
async function readChangedLines(git, base) {
    const verify = await git.run(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], { allowFailure: true });
    if (verify.exitCode !== 0) {
        throw new BaseRefError(`The base '${base}' for diff coverage is not in this clone. Check out with \`fetch-depth: 0\` (actions/checkout), or fetch the base branch, or set \`base-ref\`.`);
    }
    const args = ['-c', 'diff.mnemonicprefix=no', '-c', 'diff.noprefix=no', '-c', 'core.quotepath=off', 'diff', '--no-color', '--no-ext-diff', '-U0'];
    const committed = await git.run([...args, `${base}...HEAD`], { hint: 'diff coverage needs the merge base of base-ref and HEAD: check out with fetch-depth: 0' });
    let changed = parseUnifiedDiff(committed.stdout);
    changed = parseUnifiedDiff((await git.run([...args, '--cached'])).stdout, changed);
    changed = parseUnifiedDiff((await git.run([...args])).stdout, changed);
    return changed;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/report-kind.ts


/** How the error names each kind, and which input takes it. */
const REPORT_KIND_NAMES = {
    junit: { name: 'a JUnit XML test report', input: 'junit' },
    cobertura: { name: 'a Cobertura XML coverage report', input: 'coverage' },
    'coverage-json': { name: 'a coverage.py JSON coverage report', input: 'coverage' },
    lcov: { name: 'an lcov coverage report', input: 'coverage' },
    'bandit-json': { name: 'a bandit JSON report', input: 'bandit' },
    'pip-audit-json': { name: 'a pip-audit JSON report', input: 'pip-audit' },
    sarif: { name: 'a SARIF file', input: 'sarif' },
    'ruff-json': { name: 'a ruff JSON report', input: 'lint' },
    'mypy-text': { name: "mypy's text output", input: 'lint' },
    'pyright-json': { name: 'a pyright JSON report', input: 'lint' },
    'benchmark-compare': { name: 'a benchmark-compare report', input: 'benchmark' },
    'pytest-benchmark': { name: 'pytest-benchmark results (give them to benchmark-compare, and its report here)' },
    clover: { name: 'a Clover XML coverage report (not read: use Cobertura XML, coverage.py JSON or lcov)' },
    jacoco: { name: 'a JaCoCo XML coverage report (not read: use Cobertura XML, coverage.py JSON or lcov)' },
    'unknown-xml': { name: 'an XML file of no kind quality-gate reads' },
    'unknown-json': { name: 'a JSON file of no kind quality-gate reads' },
    unknown: { name: 'a file of no kind quality-gate reads' },
};
const SNIFF_BYTES = 64 * 1024;
/**
 * Tells a report's kind from its first 64 KiB (never from its name: `report.xml` may be
 * anything). XML by its root element (and, for `coverage`, Cobertura's attributes), JSON by its
 * keys, lcov by its `TN:`/`SF:` records, mypy by its `file:line: error:` lines.
 */
async function detectReportKind(path) {
    return detectKindFromHead(await readReportHead(path));
}
/** The first 64 KiB of a report, as text (what its kind is told from). */
async function readReportHead(path) {
    let head;
    try {
        const handle = await (0,promises_namespaceObject.open)(path, 'r');
        try {
            const buffer = Buffer.alloc(SNIFF_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
            head = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new FileError(path, 'does not exist', undefined, { cause: error });
        if (code === 'EISDIR')
            throw new FileError(path, 'is a directory, not a report', undefined, { cause: error });
        throw error;
    }
    return head;
}
/** Pure: the kind of a report from the start of its text. */
function detectKindFromHead(raw) {
    const head = raw.replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('<'))
        return detectXmlKind(head);
    if (head.startsWith('{') || head.startsWith('['))
        return detectJsonKind(head);
    if (/^(?:TN|SF):/m.test(head) && /^(?:SF:|end_of_record)/m.test(head))
        return 'lcov';
    if (/^[^\n:]+:\d+(?::\d+)?: (?:error|note|warning): /m.test(head) || /^(?:Success: no issues found|Found \d+ errors? in \d+ files?)/m.test(head)) {
        return 'mypy-text';
    }
    return 'unknown';
}
function detectXmlKind(head) {
    // Drop the prolog: declaration, processing instructions, comments and a DOCTYPE (unread).
    const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/, '');
    const root = /<([A-Za-z_][-\w.:]*)([^>]*)/.exec(body);
    if (!root)
        return 'unknown-xml';
    const [, name = '', attributes = ''] = root;
    if (name === 'testsuites' || name === 'testsuite')
        return 'junit';
    if (name === 'coverage') {
        if (/\bclover=/.test(attributes) || /<project\b/.test(body))
            return 'clover';
        return 'cobertura';
    }
    if (name === 'report' && /jacoco/i.test(head))
        return 'jacoco';
    return 'unknown-xml';
}
function detectJsonKind(head) {
    if (head.startsWith('[')) {
        // ruff: an array of diagnostics (or none at all).
        if (/^\[\s*\]\s*$/.test(head) || (/"code"\s*:/.test(head) && /"filename"\s*:/.test(head) && /"location"\s*:/.test(head)))
            return 'ruff-json';
        return 'unknown-json';
    }
    if (/"schema"\s*:\s*"ops-actions\/benchmark-compare\//.test(head))
        return 'benchmark-compare';
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head)))
        return 'sarif';
    if (/"meta"\s*:\s*\{[^}]*"(?:version|branch_coverage)"/.test(head) && /"files"\s*:/.test(head))
        return 'coverage-json';
    if (/"generalDiagnostics"\s*:/.test(head))
        return 'pyright-json';
    // bandit sorts its keys: errors, generated_at, metrics (per file: may be long), results.
    if (/"generated_at"\s*:/.test(head) && (/"metrics"\s*:/.test(head) || /"results"\s*:/.test(head)))
        return 'bandit-json';
    if (/"dependencies"\s*:\s*\[/.test(head))
        return 'pip-audit-json';
    if (/"benchmarks"\s*:\s*\[/.test(head) && /"machine_info"\s*:/.test(head))
        return 'pytest-benchmark';
    return 'unknown-json';
}
/** The error for a file given to an input that does not read its kind. */
function wrongKindError(path, kind, expected, input) {
    const actual = REPORT_KIND_NAMES[kind];
    const hint = actual.input !== undefined && actual.input !== input ? ` Give it to the \`${actual.input}\` input.` : '';
    return new FileError(path, `this is ${actual.name}, not ${expected} (input \`${input}\`).${hint}`);
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: ./node_modules/.pnpm/saxes@6.0.0/node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(3649);
;// CONCATENATED MODULE: ./packages/core/src/gate/xml/stream-xml.ts




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
async function streamXml(path, handlers, options = {}) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
    const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT;
    let failure;
    const fail = (problem, line) => {
        failure ??= new FileError(path, problem, line);
    };
    let rootOpen = false;
    // Elements open, as saxes has seen them (fast elements are empty: they never change it).
    let depth = 0;
    let capturing = false;
    // Character data is what is inside the root element (saxes reports the white space after it too).
    const textHandler = (text) => {
        if (depth > 0)
            handlers.text?.(text);
    };
    parser.on('error', (error) => fail(describeSaxesError(error.message), parser.line + lineOffset));
    // A start tag read here is given to saxes as a bare `<name>` (so that it checks the end tag):
    // its handlers heard the real one already.
    let bare = false;
    parser.on('opentag', (tag) => {
        rootOpen = true;
        depth++;
        if (bare)
            return;
        handlers.open(tag.name, tag.attributes);
        updateCapture();
    });
    parser.on('closetag', (tag) => {
        depth--;
        handlers.close(tag.name);
        updateCapture();
    });
    parser.on('cdata', (text) => {
        if (capturing)
            handlers.text?.(text);
    });
    function updateCapture() {
        const wanted = handlers.wantsText?.() === true;
        if (wanted === capturing)
            return;
        capturing = wanted;
        if (wanted)
            parser.on('text', textHandler);
        else
            parser.off('text');
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
    const flush = () => {
        if (pending === '')
            return;
        parser.write(pending);
        pending = '';
        markupPending = false;
    };
    const send = (text, markup) => {
        pending += text;
        if (markup)
            markupPending = true;
        if (!rootOpen || pending.length > FLUSH_AT)
            flush();
    };
    const skipLines = (count) => {
        if (count === 0)
            return;
        flush();
        lineOffset += count;
    };
    const lineNow = () => parser.line + lineOffset + countNewlines(pending);
    // Inside a text node, CDATA section or comment longer than `maxText`: the rest is dropped until
    // `terminator` ('<' for text), and then `closing` is sent.
    let skipping;
    let textBudget = maxText;
    /**
     * Segments `data` from `from` until a piece starts at or after `limit`: returns the position
     * reached then, or (a string) the unfinished tail to carry into the next chunk.
     */
    const segment = (data, final, limit = data.length, from = 0) => {
        let position = from;
        const length = data.length;
        while (position < limit && failure === undefined) {
            if (skipping !== undefined) {
                const at = data.indexOf(skipping.terminator, position);
                if (at === -1) {
                    // Keep what could be the start of a split terminator.
                    const keep = final ? 0 : Math.min(skipping.terminator.length - 1, length - position);
                    skipLines(countNewlines(data.slice(position, length - keep)));
                    if (final)
                        send(skipping.closing, true);
                    if (final && skipping.closing !== '')
                        saxesText = false;
                    return data.slice(length - keep);
                }
                skipLines(countNewlines(data.slice(position, at)));
                send(skipping.closing, true);
                if (skipping.closing !== '')
                    saxesText = false;
                position = skipping.terminator === '<' ? at : at + skipping.terminator.length;
                skipping = undefined;
                continue;
            }
            const lt = data.indexOf('<', position);
            if (lt !== position) {
                const end = lt === -1 ? length : lt;
                if (lt === -1 && !final && end - position <= textBudget)
                    return data.slice(position);
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
                    if (isHighSurrogate(body.charCodeAt(body.length - 1)))
                        body = body.slice(0, -1);
                    if (comment)
                        body = body.replace(/-+$/, '');
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
    const plain = { element: undefined, values: [], newlines: 0 };
    const tag = { name: '', attributes: {}, empty: false, newlines: 0 };
    const readFast = (data, position) => {
        if (saxesText)
            return false;
        const end = fast.length > 0 ? readPlainEmptyElement(data, position, fast, plain) : -1;
        const tagEnd = end === -1 ? readPlainStartTag(data, position, tag) : -1;
        if (end === -1 && tagEnd === -1)
            return false;
        if (markupPending)
            flush();
        if (failure !== undefined)
            return true;
        // After the root element, saxes says what is wrong with it.
        if (depth === 0)
            return false;
        if (end !== -1) {
            plain.element?.read(plain.values);
            if (plain.newlines !== undefined && plain.newlines > 0)
                skipLines(plain.newlines);
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
    const passPlain = (text, pattern) => {
        if (!rootOpen || saxesText || !pattern.test(text))
            return false;
        flush();
        if (failure !== undefined)
            return true;
        if (depth === 0)
            return false;
        if (capturing && text !== '')
            handlers.text?.(ownString(text.length > maxText ? text.slice(0, maxText) : text));
        skipLines(countNewlines(text));
        return true;
    };
    /** Text up to a '<' (or, `open`, to the end of the chunk); at most `maxText` of one node is kept. */
    const sendText = (text, open) => {
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
                if (capturing && depth > 0)
                    handlers.text?.(ownString(text));
                lineOffset += countNewlines(text);
            }
            // Kept for a reader that wants it: saxes must hand it over before the next fast element.
            else {
                send(text, capturing);
                if (capturing)
                    saxesText = true;
            }
            return;
        }
        let cut = textBudget;
        // Never cut inside an entity reference or a surrogate pair.
        const amp = text.lastIndexOf('&', cut);
        if (amp !== -1 && text.indexOf(';', amp) >= cut)
            cut = amp;
        if (isHighSurrogate(text.charCodeAt(cut - 1)))
            cut--;
        send(text.slice(0, cut), true);
        saxesText = true;
        textBudget = 0;
        skipLines(countNewlines(text, cut));
        if (open)
            skipping = { terminator: '<', closing: '' };
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
                }
                else {
                    from = joinedTo + joined - carry.length;
                    carry = '';
                }
            }
            if (failure !== undefined)
                break;
            if (carry !== '')
                continue;
            const rest = segment(chunk, false, chunk.length, from);
            carry = typeof rest === 'string' ? rest : '';
            if (failure !== undefined)
                break;
        }
        if (failure === undefined) {
            segment(carry, true);
            flush();
            if (failure === undefined)
                parser.close();
        }
    }
    catch (error) {
        if (error instanceof FileError)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new FileError(path, 'does not exist', undefined, { cause: error });
        if (code === 'EISDIR')
            throw new FileError(path, 'is a directory, not a report', undefined, { cause: error });
        if (failure === undefined)
            throw error;
    }
    if (failure !== undefined)
        throw failure;
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
function* readTextChunks(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
        for (;;) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            for (let at = 0; at < bytesRead; at += CHUNK_BYTES) {
                const text = decoder.write(buffer.subarray(at, Math.min(at + CHUNK_BYTES, bytesRead)));
                if (text !== '')
                    yield text;
            }
        }
        const rest = decoder.end();
        if (rest !== '')
            yield rest;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The end (exclusive) of the markup that starts at `start` (a '<'), or -1 when `data` ends first.
 * XML 1.0: comments end at the first `-->` (§2.5), CDATA at the first `]]>` (§2.7), processing
 * instructions at the first `?>` (§2.6), a DOCTYPE after its internal subset (§2.8), and a tag at
 * the first `>` outside a quoted attribute value (§3.1).
 */
function findMarkupEnd(data, start) {
    if (data.startsWith('<!--', start))
        return endAfter(data, '-->', start + 4);
    if (data.startsWith('<![CDATA[', start))
        return endAfter(data, ']]>', start + 9);
    if (data.startsWith('<?', start))
        return endAfter(data, '?>', start + 2);
    if (data.length - start < 9 && '<![CDATA['.startsWith(data.slice(start)))
        return -1;
    const doctype = data.startsWith('<!DOCTYPE', start);
    let quote = 0;
    let brackets = 0;
    for (let i = start + 1; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39) {
            quote = c;
        }
        else if (doctype && c === 91) {
            brackets++;
        }
        else if (doctype && c === 93) {
            brackets--;
        }
        else if (doctype && brackets > 0 && c === 60 && data.startsWith('<!--', i)) {
            const close = data.indexOf('-->', i + 4);
            if (close === -1)
                return -1;
            i = close + 2;
        }
        else if (c === 62 && brackets <= 0) {
            return i + 1;
        }
    }
    return -1;
}
function endAfter(data, terminator, from) {
    const at = data.indexOf(terminator, from);
    return at === -1 ? -1 : at + terminator.length;
}
/** Line breaks as XML counts them (§2.11): LF, CR LF, and a CR alone. */
function countNewlines(text, from = 0) {
    let count = 0;
    for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1))
        count++;
    for (let at = text.indexOf('\r', from); at !== -1; at = text.indexOf('\r', at + 1))
        if (text.charCodeAt(at + 1) !== 10)
            count++;
    return count;
}
function isWhitespace(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
            return false;
    }
    return true;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
const LAYOUT_MISSES = 8;
const compiled = new WeakMap();
// XML 1.0 §2.3 S, and the ASCII part of NameStartChar / NameChar.
const S = '[ \\t\\r\\n]';
const ASCII_NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';
// An attribute value that needs no decoding or normalization (§3.3.3): no reference, no '<', no
// control character (tab, CR and LF would be normalized to spaces) and nothing from U+D800 up
// (saxes checks the characters XML excludes: lone surrogates, U+FFFE, U+FFFF).
const PLAIN_VALUE = `(?:"[^"&<\\x00-\\x1f\\ud800-\\uffff]*"|'[^'&<\\x00-\\x1f\\ud800-\\uffff]*')`;
function compileElement(element) {
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
const PLAIN_START_TAG = new RegExp(`<${ASCII_NAME}(?:${S}+${ASCII_NAME}${S}*=${S}*${PLAIN_VALUE})*${S}*/?>`, 'y');
/**
 * Any start tag (or empty element) written plainly at `start`, as {@link readPlainEmptyElement}
 * defines it; its attributes in a new object, each value a string of its own (not a slice that
 * would keep the chunk alive), as saxes gives them. -1 for anything else (a repeated attribute
 * too), else the tag's end.
 */
function readPlainStartTag(data, start, read) {
    PLAIN_START_TAG.lastIndex = start;
    if (!PLAIN_START_TAG.test(data))
        return -1;
    const end = PLAIN_START_TAG.lastIndex;
    let i = start + 1;
    let c = data.charCodeAt(i);
    while (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 47 && c !== 62)
        c = data.charCodeAt(++i);
    read.name = ownString(data.slice(start + 1, i));
    const attributes = Object.create(null);
    let newlines = 0;
    for (;;) {
        while (c === 32 || c === 10 || c === 13 || c === 9) {
            if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10))
                newlines++;
            c = data.charCodeAt(++i);
        }
        if (c === 47 || c === 62)
            break;
        const keyStart = i;
        do
            c = data.charCodeAt(++i);
        while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9);
        const key = data.slice(keyStart, i);
        if (attributes[key] !== undefined)
            return -1;
        while (c !== 34 && c !== 39) {
            if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10))
                newlines++;
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
function ownString(text) {
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
function readPlainEmptyElement(data, start, elements, read) {
    const first = data.charCodeAt(start + 1);
    for (const element of elements) {
        if (element.name.charCodeAt(0) !== first)
            continue;
        const table = compileElement(element);
        const layout = table.layout;
        if (layout !== undefined) {
            layout.pattern.lastIndex = start;
            if (layout.pattern.test(data)) {
                layout.misses = 0;
                return readLayout(data, start + 1 + element.name.length, layout.pattern.lastIndex, element, layout, read);
            }
            if (++layout.misses > LAYOUT_MISSES)
                table.layout = undefined;
        }
        table.plain.lastIndex = start;
        if (table.plain.test(data))
            return readAttributes(data, start + 1 + element.name.length, table.plain.lastIndex, element, table, read);
    }
    return -1;
}
/** Cuts the attribute values out of an element the pattern matched (from `from`, after its name, to `end`). */
function readAttributes(data, from, end, element, table, read) {
    const { names, firstCodes, order } = table;
    const wantedCount = element.attributes.length;
    const values = read.values;
    if (values.length !== wantedCount)
        values.length = wantedCount;
    for (let k = 0; k < wantedCount; k++)
        values[k] = undefined;
    read.element = element;
    // Every character read here is inside the element: S, names, '=', quotes and values, as matched.
    let seen = 0;
    let newlines = 0;
    let others;
    let place = 0;
    // Learning a layout: the text before each value, and where its value goes.
    const learning = table.layout === undefined;
    let doubleQuoted = true;
    const before = [];
    const indices = [];
    let i = from;
    let valueStartAfter = from;
    for (;;) {
        let c = data.charCodeAt(i);
        while (c === 32 || c === 10 || c === 13 || c === 9) {
            if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10))
                newlines++;
            c = data.charCodeAt(++i);
        }
        if (c === 47)
            break;
        const keyStart = i;
        let index = place < 32 ? order[place] : -1;
        const guess = index < 0 ? undefined : names[index];
        // The pattern matched: a name ends at '=' or white space, so a name it starts with that ends there is it.
        if (guess !== undefined && data.startsWith(guess, keyStart) && isNameEnd(data.charCodeAt(keyStart + guess.length))) {
            i = keyStart + guess.length;
            c = data.charCodeAt(i);
        }
        else {
            index = -1;
            const keyFirst = c;
            do
                c = data.charCodeAt(++i);
            while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9);
            const keyLength = i - keyStart;
            for (let k = 0; k < names.length; k++) {
                const name = names[k];
                if (firstCodes[k] !== keyFirst || name.length !== keyLength)
                    continue;
                let j = 1;
                while (j < keyLength && data.charCodeAt(keyStart + j) === name.charCodeAt(j))
                    j++;
                if (j === keyLength) {
                    index = k;
                    break;
                }
            }
            if (place < 32)
                order[place] = index;
        }
        place++;
        if (index < 0) {
            const other = data.slice(keyStart, i);
            others ??= [];
            if (others.includes(other))
                return -1;
            others.push(other);
        }
        else {
            if ((seen & (1 << index)) !== 0)
                return -1;
            seen |= 1 << index;
        }
        while (c !== 34 && c !== 39) {
            if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10))
                newlines++;
            c = data.charCodeAt(++i);
        }
        const valueEnd = data.indexOf(c === 34 ? '"' : "'", i + 1);
        if (index < wantedCount && index >= 0)
            values[index] = data.slice(i + 1, valueEnd);
        if (learning) {
            if (c !== 34)
                doubleQuoted = false;
            before.push(i + 1 - valueStartAfter);
            indices.push(index < wantedCount ? index : -1);
        }
        i = valueEnd + 1;
        valueStartAfter = i;
    }
    read.newlines = newlines;
    // Line breaks would have to be counted: such an element is read the general way.
    if (learning && doubleQuoted && newlines === 0)
        table.layout = compileLayout(data, from, before, element.name, indices);
    return end;
}
/** The layout of the element just read (from `from`, after its name), from the text before each value. */
function compileLayout(data, from, before, name, indices) {
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
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** Cuts the attribute values out of an element its layout's pattern matched (from `from`, after its name, to `end`). */
function readLayout(data, from, end, element, layout, read) {
    const wantedCount = element.attributes.length;
    const values = read.values;
    if (values.length !== wantedCount)
        values.length = wantedCount;
    for (let k = 0; k < wantedCount; k++)
        values[k] = undefined;
    read.element = element;
    const { before, indices } = layout;
    let at = from;
    for (let k = 0; k < before.length; k++) {
        at += before[k];
        const valueEnd = data.indexOf('"', at);
        const index = indices[k];
        if (index >= 0)
            values[index] = data.slice(at, valueEnd);
        at = valueEnd + 1;
    }
    read.newlines = 0;
    return end;
}
function isNameEnd(code) {
    return code === 61 || code === 32 || code === 10 || code === 13 || code === 9;
}
/** saxes' messages start with `line:column: `; the FileError carries the line itself. */
function describeSaxesError(message) {
    const problem = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    if (/undefined entity/.test(problem)) {
        return `is not readable XML: ${problem} Reports may use only XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references; entities declared in a DTD are never expanded, and no DTD or external entity is ever fetched.`;
    }
    return `is not well-formed XML: ${problem}`;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/read-cobertura.ts



/**
 * Reads Cobertura XML (coverage.py's `coverage xml`, pytest-cov's `--cov-report=xml`, and other
 * tools' Cobertura): each `<class filename>`'s `<lines><line number hits>` (a file in several
 * classes is one file; the `<line>`s under `<methods>` repeat the class's and are not counted
 * again), branch lines' `condition-coverage="50% (1/2)"`, and coverage.py's `missing-branches`
 * (the exits not taken), which lets legs merge exactly. Streamed: one `<line>` per statement.
 */
async function readCobertura(path, paths) {
    const kind = await detectReportKind(path);
    if (kind !== 'cobertura')
        throw wrongKindError(path, kind, 'Cobertura XML', 'coverage');
    const sources = [];
    const byFilename = new Map();
    let inSource = false;
    let sourceText = '';
    let current;
    let inMethod = 0;
    let branchData = false;
    let sawRoot = false;
    const addLine = (number, hits, branch, condition, missingBranches) => {
        if (current === undefined || inMethod > 0)
            return;
        const line = Number.parseInt(number ?? '', 10);
        if (!Number.isFinite(line) || line <= 0)
            throw new FileError(path, `has a <line> whose number is ${JSON.stringify(number ?? null)}`);
        const covered = Number.parseFloat(hits ?? '0') > 0;
        current.lines.set(line, (current.lines.get(line) ?? false) || covered);
        if (branch === 'true' && condition !== undefined) {
            const counts = /\((\d+)\/(\d+)\)/.exec(condition);
            if (counts) {
                branchData = true;
                const total = Number(counts[2]);
                const taken = Number(counts[1]);
                const missing = missingBranches !== undefined && missingBranches !== '' ? new Set(missingBranches.split(',').map((exit) => normalizeExit(exit.trim()))) : undefined;
                const point = missing !== undefined && missing.size === total - taken ? { total, covered: taken, missing } : { total, covered: taken };
                current.branches.set(String(line), point);
            }
        }
    };
    await streamXml(path, {
        open(name, attributes) {
            if (!sawRoot) {
                sawRoot = true;
                if (name !== 'coverage')
                    throw wrongKindError(path, 'unknown-xml', 'Cobertura XML', 'coverage');
                if (attributes['branches-valid'] !== undefined && Number(attributes['branches-valid']) > 0)
                    branchData = true;
            }
            switch (name) {
                case 'source':
                    inSource = true;
                    sourceText = '';
                    return;
                case 'class': {
                    const filename = attributes.filename ?? attributes.name ?? '';
                    let building = byFilename.get(filename);
                    if (building === undefined) {
                        building = { lines: new Map(), branches: new Map() };
                        byFilename.set(filename, building);
                    }
                    current = building;
                    return;
                }
                case 'method':
                    inMethod++;
                    return;
                case 'line':
                    addLine(attributes.number, attributes.hits, attributes.branch, attributes['condition-coverage'], attributes['missing-branches']);
                    return;
                default:
            }
        },
        close(name) {
            if (name === 'source') {
                inSource = false;
                if (sourceText.trim() !== '')
                    sources.push(sourceText.trim());
            }
            else if (name === 'class')
                current = undefined;
            else if (name === 'method')
                inMethod--;
        },
        text(text) {
            if (inSource)
                sourceText += text;
        },
        wantsText: () => inSource,
    }, { fastElements: [{ name: 'line', attributes: ['number', 'hits', 'branch', 'condition-coverage', 'missing-branches'], read: (v) => addLine(v[0], v[1], v[2], v[3], v[4]) }] });
    const files = new Map();
    for (const [filename, building] of byFilename) {
        const key = paths.resolve(filename, sources);
        const missing = new Set();
        const executed = new Set();
        for (const [line, covered] of building.lines)
            (covered ? executed : missing).add(line);
        files.set(key, { statements: building.lines.size, missing, executed, branches: building.branches });
    }
    return { path, format: 'cobertura', branchData, files };
}
/** coverage.py writes an exit to the function's end as `exit` (XML) or a negative line (JSON). */
function normalizeExit(exit) {
    const text = String(exit);
    return text === 'exit' || text.startsWith('-') ? 'exit' : text;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/utils/bufferedString.js
/**
 * The accumulators that the tokenizer gathers strings and numbers into while
 * their bytes arrive.
 *
 * @module
 */
/**
 * A {@linkcode StringBuilder} that accumulates the token as a JavaScript
 * string. This is the default: it's the fastest option for the small strings
 * and numbers that dominate real JSON.
 */
class NonBufferedString {
    constructor() {
        // fatal: true makes invalid byte sequences (e.g. a lead byte followed by a
        // non-continuation byte) throw instead of silently decoding to U+FFFD.
        this.decoder = new TextDecoder("utf-8", { fatal: true });
        // Pieces appended since the last toString(), not yet folded into `string`.
        this.pending = [];
        this.string = "";
        this.byteLength = 0;
    }
    appendChar(char) {
        this.pending.push(String.fromCharCode(char));
        this.byteLength += 1;
    }
    appendBuf(buf, start = 0, end = buf.length) {
        this.pending.push(this.decoder.decode(buf.subarray(start, end)));
        this.byteLength += end - start;
    }
    appendCharCode(code) {
        this.pending.push(String.fromCharCode(code));
    }
    reset() {
        this.pending = [];
        this.string = "";
        this.byteLength = 0;
    }
    // Folds only the pieces appended since the last call into `string`, so
    // repeated calls (one per chunk when emitting partial tokens) stay linear
    // overall instead of re-joining the whole accumulated string every time.
    toString() {
        if (this.pending.length > 0) {
            this.string += this.pending.join("");
            this.pending = [];
        }
        return this.string;
    }
}
/**
 * A {@linkcode StringBuilder} that accumulates the token's bytes into a
 * fixed-size `Uint8Array` and only decodes them once the buffer is full.
 *
 * Enabled through the tokenizer's `stringBufferSize`/`numberBufferSize`
 * options. It avoids V8's over-allocation on repeated string concatenation,
 * which is what makes very large strings and numbers exhaust memory, at the
 * cost of an encoding/decoding round trip that isn't worth it for small values.
 */
class BufferedString {
    /**
     * @param bufferSize The size, in bytes, of the buffer to accumulate into.
     */
    constructor(bufferSize) {
        // fatal: true makes invalid byte sequences (e.g. a lead byte followed by a
        // non-continuation byte) throw instead of silently decoding to U+FFFD.
        this.decoder = new TextDecoder("utf-8", { fatal: true });
        this.bufferOffset = 0;
        this.string = "";
        this.byteLength = 0;
        this.buffer = new Uint8Array(bufferSize);
    }
    appendChar(char) {
        if (this.bufferOffset >= this.buffer.length)
            this.flushStringBuffer();
        this.buffer[this.bufferOffset++] = char;
        this.byteLength += 1;
    }
    appendBuf(buf, start = 0, end = buf.length) {
        const size = end - start;
        if (this.bufferOffset + size > this.buffer.length)
            this.flushStringBuffer();
        if (size > this.buffer.length) {
            // Span larger than the working buffer: decode it straight into the
            // string instead of copying it in (buffer.set would overflow). Safe
            // because callers only append complete-character spans -- the tokenizer
            // never splits a multi-byte char across appendBuf calls -- so decoding
            // this span on its own can't cut through the middle of a character.
            this.string += this.decoder.decode(buf.subarray(start, end));
            this.byteLength += size;
            return;
        }
        this.buffer.set(buf.subarray(start, end), this.bufferOffset);
        this.bufferOffset += size;
        this.byteLength += size;
    }
    appendCharCode(code) {
        this.flushStringBuffer();
        this.string += String.fromCharCode(code);
    }
    flushStringBuffer() {
        this.string += this.decoder.decode(this.buffer.subarray(0, this.bufferOffset));
        this.bufferOffset = 0;
    }
    reset() {
        this.string = "";
        this.bufferOffset = 0;
        this.byteLength = 0;
    }
    toString() {
        this.flushStringBuffer();
        return this.string;
    }
}
//# sourceMappingURL=bufferedString.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/utils/types/tokenType.js
/**
 * The JSON token types emitted by the tokenizer.
 *
 * @module
 */
/** The type of a JSON token, as reported by the tokenizer's `onToken` callback. */
var TokenType;
(function (TokenType) {
    /** `{` */
    TokenType[TokenType["LEFT_BRACE"] = 0] = "LEFT_BRACE";
    /** `}` */
    TokenType[TokenType["RIGHT_BRACE"] = 1] = "RIGHT_BRACE";
    /** `[` */
    TokenType[TokenType["LEFT_BRACKET"] = 2] = "LEFT_BRACKET";
    /** `]` */
    TokenType[TokenType["RIGHT_BRACKET"] = 3] = "RIGHT_BRACKET";
    /** `:` */
    TokenType[TokenType["COLON"] = 4] = "COLON";
    /** `,` */
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    /** `true` */
    TokenType[TokenType["TRUE"] = 6] = "TRUE";
    /** `false` */
    TokenType[TokenType["FALSE"] = 7] = "FALSE";
    /** `null` */
    TokenType[TokenType["NULL"] = 8] = "NULL";
    /** A string, with all its escape sequences already resolved. */
    TokenType[TokenType["STRING"] = 9] = "STRING";
    /** A number, already parsed into a JavaScript number. */
    TokenType[TokenType["NUMBER"] = 10] = "NUMBER";
    /** The configured separator between consecutive JSON documents. */
    TokenType[TokenType["SEPARATOR"] = 11] = "SEPARATOR";
})(TokenType || (TokenType = {}));
/* harmony default export */ const tokenType = (TokenType);
//# sourceMappingURL=tokenType.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/utils/utf-8.js
/**
 * The utf-8 byte values that the tokenizer matches the incoming stream against.
 *
 * @module
 */
/** The utf-8 byte value of each character that is meaningful to the tokenizer. */
var charset;
(function (charset) {
    charset[charset["BACKSPACE"] = 8] = "BACKSPACE";
    charset[charset["FORM_FEED"] = 12] = "FORM_FEED";
    charset[charset["NEWLINE"] = 10] = "NEWLINE";
    charset[charset["CARRIAGE_RETURN"] = 13] = "CARRIAGE_RETURN";
    charset[charset["TAB"] = 9] = "TAB";
    charset[charset["SPACE"] = 32] = "SPACE";
    charset[charset["EXCLAMATION_MARK"] = 33] = "EXCLAMATION_MARK";
    charset[charset["QUOTATION_MARK"] = 34] = "QUOTATION_MARK";
    charset[charset["NUMBER_SIGN"] = 35] = "NUMBER_SIGN";
    charset[charset["DOLLAR_SIGN"] = 36] = "DOLLAR_SIGN";
    charset[charset["PERCENT_SIGN"] = 37] = "PERCENT_SIGN";
    charset[charset["AMPERSAND"] = 38] = "AMPERSAND";
    charset[charset["APOSTROPHE"] = 39] = "APOSTROPHE";
    charset[charset["LEFT_PARENTHESIS"] = 40] = "LEFT_PARENTHESIS";
    charset[charset["RIGHT_PARENTHESIS"] = 41] = "RIGHT_PARENTHESIS";
    charset[charset["ASTERISK"] = 42] = "ASTERISK";
    charset[charset["PLUS_SIGN"] = 43] = "PLUS_SIGN";
    charset[charset["COMMA"] = 44] = "COMMA";
    charset[charset["HYPHEN_MINUS"] = 45] = "HYPHEN_MINUS";
    charset[charset["FULL_STOP"] = 46] = "FULL_STOP";
    charset[charset["SOLIDUS"] = 47] = "SOLIDUS";
    charset[charset["DIGIT_ZERO"] = 48] = "DIGIT_ZERO";
    charset[charset["DIGIT_ONE"] = 49] = "DIGIT_ONE";
    charset[charset["DIGIT_TWO"] = 50] = "DIGIT_TWO";
    charset[charset["DIGIT_THREE"] = 51] = "DIGIT_THREE";
    charset[charset["DIGIT_FOUR"] = 52] = "DIGIT_FOUR";
    charset[charset["DIGIT_FIVE"] = 53] = "DIGIT_FIVE";
    charset[charset["DIGIT_SIX"] = 54] = "DIGIT_SIX";
    charset[charset["DIGIT_SEVEN"] = 55] = "DIGIT_SEVEN";
    charset[charset["DIGIT_EIGHT"] = 56] = "DIGIT_EIGHT";
    charset[charset["DIGIT_NINE"] = 57] = "DIGIT_NINE";
    charset[charset["COLON"] = 58] = "COLON";
    charset[charset["SEMICOLON"] = 59] = "SEMICOLON";
    charset[charset["LESS_THAN_SIGN"] = 60] = "LESS_THAN_SIGN";
    charset[charset["EQUALS_SIGN"] = 61] = "EQUALS_SIGN";
    charset[charset["GREATER_THAN_SIGN"] = 62] = "GREATER_THAN_SIGN";
    charset[charset["QUESTION_MARK"] = 63] = "QUESTION_MARK";
    charset[charset["COMMERCIAL_AT"] = 64] = "COMMERCIAL_AT";
    charset[charset["LATIN_CAPITAL_LETTER_A"] = 65] = "LATIN_CAPITAL_LETTER_A";
    charset[charset["LATIN_CAPITAL_LETTER_B"] = 66] = "LATIN_CAPITAL_LETTER_B";
    charset[charset["LATIN_CAPITAL_LETTER_C"] = 67] = "LATIN_CAPITAL_LETTER_C";
    charset[charset["LATIN_CAPITAL_LETTER_D"] = 68] = "LATIN_CAPITAL_LETTER_D";
    charset[charset["LATIN_CAPITAL_LETTER_E"] = 69] = "LATIN_CAPITAL_LETTER_E";
    charset[charset["LATIN_CAPITAL_LETTER_F"] = 70] = "LATIN_CAPITAL_LETTER_F";
    charset[charset["LATIN_CAPITAL_LETTER_G"] = 71] = "LATIN_CAPITAL_LETTER_G";
    charset[charset["LATIN_CAPITAL_LETTER_H"] = 72] = "LATIN_CAPITAL_LETTER_H";
    charset[charset["LATIN_CAPITAL_LETTER_I"] = 73] = "LATIN_CAPITAL_LETTER_I";
    charset[charset["LATIN_CAPITAL_LETTER_J"] = 74] = "LATIN_CAPITAL_LETTER_J";
    charset[charset["LATIN_CAPITAL_LETTER_K"] = 75] = "LATIN_CAPITAL_LETTER_K";
    charset[charset["LATIN_CAPITAL_LETTER_L"] = 76] = "LATIN_CAPITAL_LETTER_L";
    charset[charset["LATIN_CAPITAL_LETTER_M"] = 77] = "LATIN_CAPITAL_LETTER_M";
    charset[charset["LATIN_CAPITAL_LETTER_N"] = 78] = "LATIN_CAPITAL_LETTER_N";
    charset[charset["LATIN_CAPITAL_LETTER_O"] = 79] = "LATIN_CAPITAL_LETTER_O";
    charset[charset["LATIN_CAPITAL_LETTER_P"] = 80] = "LATIN_CAPITAL_LETTER_P";
    charset[charset["LATIN_CAPITAL_LETTER_Q"] = 81] = "LATIN_CAPITAL_LETTER_Q";
    charset[charset["LATIN_CAPITAL_LETTER_R"] = 82] = "LATIN_CAPITAL_LETTER_R";
    charset[charset["LATIN_CAPITAL_LETTER_S"] = 83] = "LATIN_CAPITAL_LETTER_S";
    charset[charset["LATIN_CAPITAL_LETTER_T"] = 84] = "LATIN_CAPITAL_LETTER_T";
    charset[charset["LATIN_CAPITAL_LETTER_U"] = 85] = "LATIN_CAPITAL_LETTER_U";
    charset[charset["LATIN_CAPITAL_LETTER_V"] = 86] = "LATIN_CAPITAL_LETTER_V";
    charset[charset["LATIN_CAPITAL_LETTER_W"] = 87] = "LATIN_CAPITAL_LETTER_W";
    charset[charset["LATIN_CAPITAL_LETTER_X"] = 88] = "LATIN_CAPITAL_LETTER_X";
    charset[charset["LATIN_CAPITAL_LETTER_Y"] = 89] = "LATIN_CAPITAL_LETTER_Y";
    charset[charset["LATIN_CAPITAL_LETTER_Z"] = 90] = "LATIN_CAPITAL_LETTER_Z";
    charset[charset["LEFT_SQUARE_BRACKET"] = 91] = "LEFT_SQUARE_BRACKET";
    charset[charset["REVERSE_SOLIDUS"] = 92] = "REVERSE_SOLIDUS";
    charset[charset["RIGHT_SQUARE_BRACKET"] = 93] = "RIGHT_SQUARE_BRACKET";
    charset[charset["CIRCUMFLEX_ACCENT"] = 94] = "CIRCUMFLEX_ACCENT";
    charset[charset["LOW_LINE"] = 95] = "LOW_LINE";
    charset[charset["GRAVE_ACCENT"] = 96] = "GRAVE_ACCENT";
    charset[charset["LATIN_SMALL_LETTER_A"] = 97] = "LATIN_SMALL_LETTER_A";
    charset[charset["LATIN_SMALL_LETTER_B"] = 98] = "LATIN_SMALL_LETTER_B";
    charset[charset["LATIN_SMALL_LETTER_C"] = 99] = "LATIN_SMALL_LETTER_C";
    charset[charset["LATIN_SMALL_LETTER_D"] = 100] = "LATIN_SMALL_LETTER_D";
    charset[charset["LATIN_SMALL_LETTER_E"] = 101] = "LATIN_SMALL_LETTER_E";
    charset[charset["LATIN_SMALL_LETTER_F"] = 102] = "LATIN_SMALL_LETTER_F";
    charset[charset["LATIN_SMALL_LETTER_G"] = 103] = "LATIN_SMALL_LETTER_G";
    charset[charset["LATIN_SMALL_LETTER_H"] = 104] = "LATIN_SMALL_LETTER_H";
    charset[charset["LATIN_SMALL_LETTER_I"] = 105] = "LATIN_SMALL_LETTER_I";
    charset[charset["LATIN_SMALL_LETTER_J"] = 106] = "LATIN_SMALL_LETTER_J";
    charset[charset["LATIN_SMALL_LETTER_K"] = 107] = "LATIN_SMALL_LETTER_K";
    charset[charset["LATIN_SMALL_LETTER_L"] = 108] = "LATIN_SMALL_LETTER_L";
    charset[charset["LATIN_SMALL_LETTER_M"] = 109] = "LATIN_SMALL_LETTER_M";
    charset[charset["LATIN_SMALL_LETTER_N"] = 110] = "LATIN_SMALL_LETTER_N";
    charset[charset["LATIN_SMALL_LETTER_O"] = 111] = "LATIN_SMALL_LETTER_O";
    charset[charset["LATIN_SMALL_LETTER_P"] = 112] = "LATIN_SMALL_LETTER_P";
    charset[charset["LATIN_SMALL_LETTER_Q"] = 113] = "LATIN_SMALL_LETTER_Q";
    charset[charset["LATIN_SMALL_LETTER_R"] = 114] = "LATIN_SMALL_LETTER_R";
    charset[charset["LATIN_SMALL_LETTER_S"] = 115] = "LATIN_SMALL_LETTER_S";
    charset[charset["LATIN_SMALL_LETTER_T"] = 116] = "LATIN_SMALL_LETTER_T";
    charset[charset["LATIN_SMALL_LETTER_U"] = 117] = "LATIN_SMALL_LETTER_U";
    charset[charset["LATIN_SMALL_LETTER_V"] = 118] = "LATIN_SMALL_LETTER_V";
    charset[charset["LATIN_SMALL_LETTER_W"] = 119] = "LATIN_SMALL_LETTER_W";
    charset[charset["LATIN_SMALL_LETTER_X"] = 120] = "LATIN_SMALL_LETTER_X";
    charset[charset["LATIN_SMALL_LETTER_Y"] = 121] = "LATIN_SMALL_LETTER_Y";
    charset[charset["LATIN_SMALL_LETTER_Z"] = 122] = "LATIN_SMALL_LETTER_Z";
    charset[charset["LEFT_CURLY_BRACKET"] = 123] = "LEFT_CURLY_BRACKET";
    charset[charset["VERTICAL_LINE"] = 124] = "VERTICAL_LINE";
    charset[charset["RIGHT_CURLY_BRACKET"] = 125] = "RIGHT_CURLY_BRACKET";
    charset[charset["TILDE"] = 126] = "TILDE";
})(charset || (charset = {}));
/**
 * The character that each JSON escape sequence stands for, keyed by the byte
 * that follows the backslash. Unicode escapes (`\uXXXX`) are not in here; the
 * tokenizer resolves those itself.
 */
const escapedSequences = {
    [34 /* charset.QUOTATION_MARK */]: 34 /* charset.QUOTATION_MARK */,
    [92 /* charset.REVERSE_SOLIDUS */]: 92 /* charset.REVERSE_SOLIDUS */,
    [47 /* charset.SOLIDUS */]: 47 /* charset.SOLIDUS */,
    [98 /* charset.LATIN_SMALL_LETTER_B */]: 8 /* charset.BACKSPACE */,
    [102 /* charset.LATIN_SMALL_LETTER_F */]: 12 /* charset.FORM_FEED */,
    [110 /* charset.LATIN_SMALL_LETTER_N */]: 10 /* charset.NEWLINE */,
    [114 /* charset.LATIN_SMALL_LETTER_R */]: 13 /* charset.CARRIAGE_RETURN */,
    [116 /* charset.LATIN_SMALL_LETTER_T */]: 9 /* charset.TAB */,
};
//# sourceMappingURL=utf-8.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/tokenizer.js
/**
 * A JSON-compliant tokenizer that turns a utf-8 stream into JSON tokens.
 *
 * @example
 * ```ts
 * import Tokenizer from "@streamparser/json/tokenizer.js";
 *
 * const tokenizer = new Tokenizer();
 * tokenizer.onToken = ({ token, value, offset }) => {
 *   // process the token
 * };
 *
 * tokenizer.write('{ "test": ["a"] }');
 * ```
 *
 * @module
 */



// Tokenizer States
var TokenizerStates;
(function (TokenizerStates) {
    TokenizerStates[TokenizerStates["START"] = 0] = "START";
    TokenizerStates[TokenizerStates["ENDED"] = 1] = "ENDED";
    TokenizerStates[TokenizerStates["ERROR"] = 2] = "ERROR";
    TokenizerStates[TokenizerStates["TRUE1"] = 3] = "TRUE1";
    TokenizerStates[TokenizerStates["TRUE2"] = 4] = "TRUE2";
    TokenizerStates[TokenizerStates["TRUE3"] = 5] = "TRUE3";
    TokenizerStates[TokenizerStates["FALSE1"] = 6] = "FALSE1";
    TokenizerStates[TokenizerStates["FALSE2"] = 7] = "FALSE2";
    TokenizerStates[TokenizerStates["FALSE3"] = 8] = "FALSE3";
    TokenizerStates[TokenizerStates["FALSE4"] = 9] = "FALSE4";
    TokenizerStates[TokenizerStates["NULL1"] = 10] = "NULL1";
    TokenizerStates[TokenizerStates["NULL2"] = 11] = "NULL2";
    TokenizerStates[TokenizerStates["NULL3"] = 12] = "NULL3";
    TokenizerStates[TokenizerStates["STRING_DEFAULT"] = 13] = "STRING_DEFAULT";
    TokenizerStates[TokenizerStates["STRING_AFTER_BACKSLASH"] = 14] = "STRING_AFTER_BACKSLASH";
    TokenizerStates[TokenizerStates["STRING_UNICODE_DIGIT_1"] = 15] = "STRING_UNICODE_DIGIT_1";
    TokenizerStates[TokenizerStates["STRING_UNICODE_DIGIT_2"] = 16] = "STRING_UNICODE_DIGIT_2";
    TokenizerStates[TokenizerStates["STRING_UNICODE_DIGIT_3"] = 17] = "STRING_UNICODE_DIGIT_3";
    TokenizerStates[TokenizerStates["STRING_UNICODE_DIGIT_4"] = 18] = "STRING_UNICODE_DIGIT_4";
    TokenizerStates[TokenizerStates["STRING_INCOMPLETE_CHAR"] = 19] = "STRING_INCOMPLETE_CHAR";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_INITIAL_MINUS"] = 20] = "NUMBER_AFTER_INITIAL_MINUS";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_INITIAL_ZERO"] = 21] = "NUMBER_AFTER_INITIAL_ZERO";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_INITIAL_NON_ZERO"] = 22] = "NUMBER_AFTER_INITIAL_NON_ZERO";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_FULL_STOP"] = 23] = "NUMBER_AFTER_FULL_STOP";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_DECIMAL"] = 24] = "NUMBER_AFTER_DECIMAL";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_E"] = 25] = "NUMBER_AFTER_E";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_E_AND_SIGN"] = 26] = "NUMBER_AFTER_E_AND_SIGN";
    TokenizerStates[TokenizerStates["NUMBER_AFTER_E_AND_DIGIT"] = 27] = "NUMBER_AFTER_E_AND_DIGIT";
    TokenizerStates[TokenizerStates["SEPARATOR"] = 28] = "SEPARATOR";
    TokenizerStates[TokenizerStates["BOM_OR_START"] = 29] = "BOM_OR_START";
    TokenizerStates[TokenizerStates["BOM"] = 30] = "BOM";
})(TokenizerStates || (TokenizerStates = {}));
function TokenizerStateToString(tokenizerState) {
    return [
        "START",
        "ENDED",
        "ERROR",
        "TRUE1",
        "TRUE2",
        "TRUE3",
        "FALSE1",
        "FALSE2",
        "FALSE3",
        "FALSE4",
        "NULL1",
        "NULL2",
        "NULL3",
        "STRING_DEFAULT",
        "STRING_AFTER_BACKSLASH",
        "STRING_UNICODE_DIGIT_1",
        "STRING_UNICODE_DIGIT_2",
        "STRING_UNICODE_DIGIT_3",
        "STRING_UNICODE_DIGIT_4",
        "STRING_INCOMPLETE_CHAR",
        "NUMBER_AFTER_INITIAL_MINUS",
        "NUMBER_AFTER_INITIAL_ZERO",
        "NUMBER_AFTER_INITIAL_NON_ZERO",
        "NUMBER_AFTER_FULL_STOP",
        "NUMBER_AFTER_DECIMAL",
        "NUMBER_AFTER_E",
        "NUMBER_AFTER_E_AND_SIGN",
        "NUMBER_AFTER_E_AND_DIGIT",
        "SEPARATOR",
        "BOM_OR_START",
        "BOM",
    ][tokenizerState];
}
const defaultOpts = {
    stringBufferSize: 0,
    numberBufferSize: 0,
    separator: undefined,
    emitPartialTokens: false,
};
/** The error thrown when the tokenizer is misconfigured or hits invalid JSON. */
class TokenizerError extends Error {
    /**
     * @param message What went wrong.
     */
    constructor(message) {
        super(message);
        // Typescript is broken. This is a workaround
        Object.setPrototypeOf(this, TokenizerError.prototype);
    }
}
// A non-integer buffer size (e.g. 0.5) silently truncates when passed to
// `new Uint8Array(size)` (0.5 becomes a *zero-length* buffer) instead of
// throwing, so every appended byte gets silently dropped rather than
// buffered -- corrupting the parsed value instead of failing loudly.
function validateBufferSize(name, size) {
    if (size === undefined)
        return;
    if (!Number.isInteger(size) || size < 0) {
        throw new TokenizerError(`Invalid "${name}": ${size}. Expected a non-negative integer.`);
    }
}
// Byte length of the UTF-8 character starting with `leadByte`. Invalid or
// continuation lead bytes fall through to 3/4 here and are rejected later by
// the fatal TextDecoder when the bytes are actually decoded.
function utf8SequenceLength(leadByte) {
    if (leadByte >= 194 && leadByte <= 223)
        return 2;
    if (leadByte <= 239)
        return 3;
    return 4;
}
// Index just past the last COMPLETE multi-byte character of the run starting at
// `start`. Stops at the first ASCII byte, or at a character whose bytes would
// run past the end of the buffer (a boundary split the caller carries over).
function multiByteRunEnd(buffer, start) {
    let j = start;
    while (j < buffer.length && buffer[j] >= 128) {
        const seqLength = utf8SequenceLength(buffer[j]);
        if (j + seqLength > buffer.length)
            break; // split across the chunk boundary
        j += seqLength;
    }
    return j;
}
/**
 * A JSON-compliant tokenizer that turns a utf-8 stream into JSON tokens.
 *
 * Data is pushed in with {@linkcode Tokenizer.write} and the resulting tokens
 * come back through the {@linkcode Tokenizer.onToken} callback, which the user
 * is expected to override. Feed the tokens to a `TokenParser` to get JSON
 * values back, or use a `JSONParser`, which chains both.
 *
 * @example
 * ```ts
 * import Tokenizer from "@streamparser/json/tokenizer.js";
 *
 * const tokenizer = new Tokenizer({ separator: "\n" });
 * tokenizer.onToken = ({ token, value, offset }) => {
 *   // process the token
 * };
 * tokenizer.onError = (err) => console.error(err);
 *
 * tokenizer.write('{ "test": ["a"] }');
 * tokenizer.end();
 * ```
 */
class Tokenizer {
    /**
     * @param opts How to tokenize. See {@linkcode TokenizerOptions}.
     */
    constructor(opts) {
        this.state = 29 /* TokenizerStates.BOM_OR_START */;
        this.bomIndex = 0;
        this.separatorIndex = 0;
        this.escapedCharsByteLength = 0;
        this.bytes_remaining = 0; // number of bytes remaining in multi byte utf8 char to read after split boundary
        this.bytes_in_sequence = 0; // bytes in multi byte utf8 char to read
        this.char_split_buffer = new Uint8Array(4); // for rebuilding chars split before boundary is reached
        this.encoder = new TextEncoder();
        this.offset = -1;
        this.streamByteLength = 0; // Total bytes consumed across all write() calls before the current one
        opts = Object.assign(Object.assign({}, defaultOpts), opts);
        validateBufferSize("stringBufferSize", opts.stringBufferSize);
        validateBufferSize("numberBufferSize", opts.numberBufferSize);
        this.emitPartialTokens = opts.emitPartialTokens === true;
        this.bufferedString =
            opts.stringBufferSize && opts.stringBufferSize > 4
                ? new BufferedString(opts.stringBufferSize)
                : new NonBufferedString();
        this.bufferedNumber =
            opts.numberBufferSize && opts.numberBufferSize > 0
                ? new BufferedString(opts.numberBufferSize)
                : new NonBufferedString();
        this.separator = opts.separator;
        this.separatorBytes = opts.separator
            ? this.encoder.encode(opts.separator)
            : undefined;
    }
    /** Whether the tokenizer is ended, and thus no longer accepting data. */
    get isEnded() {
        return this.state === 1 /* TokenizerStates.ENDED */;
    }
    // Appends the code unit decoded from one \uXXXX escape, matching
    // JSON.parse's handling of surrogates: a valid high/low surrogate pair
    // combines into one character; an unpaired high or low surrogate is kept
    // as a raw UTF-16 code unit rather than replaced or dropped (JS strings
    // are free to contain lone surrogates; only encoding them as UTF-8 bytes
    // is lossy, which is why appendCharCode -- not the encoder -- is used for
    // them).
    appendUnicodeCodeUnit(intVal) {
        if (this.highSurrogate !== undefined) {
            if (intVal >= 0xdc00 && intVal <= 0xdfff) {
                // <56320,57343> - valid low surrogate: combine with the pending
                // high surrogate into a single character.
                const unicodeString = String.fromCharCode(this.highSurrogate, intVal);
                const unicodeBuffer = this.encoder.encode(unicodeString);
                this.bufferedString.appendBuf(unicodeBuffer);
                // len(\u0000)=6 minus the fact you're appending len(buf)
                this.escapedCharsByteLength += 6 - unicodeBuffer.byteLength;
                this.highSurrogate = undefined;
                return;
            }
            // Not a matching low surrogate: the pending high surrogate stands on
            // its own, and intVal is processed independently below.
            this.flushPendingHighSurrogate();
        }
        if (intVal >= 0xd800 && intVal <= 0xdbff) {
            // <55296,56319> - high surrogate: defer until we know whether a
            // matching low surrogate follows.
            this.highSurrogate = intVal;
            this.escapedCharsByteLength += 6;
            return;
        }
        if (intVal >= 0xdc00 && intVal <= 0xdfff) {
            // <56320,57343> - lone low surrogate with no preceding high
            // surrogate: keep as a raw code unit.
            this.bufferedString.appendCharCode(intVal);
            this.escapedCharsByteLength += 6;
            return;
        }
        const unicodeString = String.fromCharCode(intVal);
        const unicodeBuffer = this.encoder.encode(unicodeString);
        this.bufferedString.appendBuf(unicodeBuffer);
        // len(\u0000)=6 minus the fact you're appending len(buf)
        this.escapedCharsByteLength += 6 - unicodeBuffer.byteLength;
    }
    flushPendingHighSurrogate() {
        if (this.highSurrogate !== undefined) {
            this.bufferedString.appendCharCode(this.highSurrogate);
            this.highSurrogate = undefined;
        }
    }
    // Stash the leading bytes of a multi-byte character split across the chunk
    // boundary; STRING_INCOMPLETE_CHAR completes it from the next chunk.
    startIncompleteChar(buffer, start) {
        this.bytes_in_sequence = utf8SequenceLength(buffer[start]);
        this.bytes_remaining = start + this.bytes_in_sequence - buffer.length;
        this.char_split_buffer.set(buffer.subarray(start));
        this.state = 19 /* TokenizerStates.STRING_INCOMPLETE_CHAR */;
    }
    /**
     * Pushes the next chunk of the JSON stream into the tokenizer.
     *
     * Tokenizing happens synchronously, so every token in `input` is emitted
     * through {@linkcode Tokenizer.onToken} before this returns. A chunk may end
     * anywhere, including in the middle of a multi-byte character; the rest of it
     * is picked up from the next chunk.
     *
     * @param input The chunk to tokenize: a string, a `TypedArray`, or any
     * iterable of utf-8 byte values.
     * @throws {TokenizerError} If the data is not valid JSON and no
     * {@linkcode Tokenizer.onError} callback has been set.
     */
    write(input) {
        try {
            let buffer;
            if (input instanceof Uint8Array) {
                buffer = input;
            }
            else if (typeof input === "string") {
                if (this.pendingStringSurrogate !== undefined) {
                    input = this.pendingStringSurrogate + input;
                    this.pendingStringSurrogate = undefined;
                }
                const lastCharCode = input.charCodeAt(input.length - 1);
                if (lastCharCode >= 0xd800 && lastCharCode <= 0xdbff) {
                    // Lone high surrogate at the very end of this chunk: hold it back
                    // instead of encoding it (and corrupting it into U+FFFD) alone,
                    // in case the next chunk supplies its matching low surrogate.
                    this.pendingStringSurrogate = input[input.length - 1];
                    input = input.slice(0, -1);
                }
                buffer = this.encoder.encode(input);
            }
            else if (ArrayBuffer.isView(input)) {
                buffer = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
            }
            else if (input !== null &&
                typeof input === "object" &&
                typeof input[Symbol.iterator] === "function") {
                // Any Iterable<number>, not just literal Arrays (e.g. Set, Map
                // values(), a generator) -- matching the public write() signature,
                // which already types `input` as Iterable<number> | string.
                buffer = Uint8Array.from(input);
            }
            else {
                throw new TypeError("Unexpected type. The `write` function only accepts Iterables (e.g. Arrays, Sets, Generators), TypedArrays and Strings.");
            }
            for (let i = 0; i < buffer.length; i += 1) {
                const n = buffer[i]; // get current byte from buffer
                switch (this.state) {
                    // @ts-expect-error fall through case
                    case 29 /* TokenizerStates.BOM_OR_START */:
                        if (n === 0xef) {
                            this.bom = [0xef, 0xbb, 0xbf];
                            this.bomIndex += 1;
                            this.state = 30 /* TokenizerStates.BOM */;
                            continue;
                        }
                        if (input instanceof Uint16Array) {
                            if (n === 0xfe) {
                                this.bom = [0xfe, 0xff];
                                this.bomIndex += 1;
                                this.state = 30 /* TokenizerStates.BOM */;
                                continue;
                            }
                            if (n === 0xff) {
                                this.bom = [0xff, 0xfe];
                                this.bomIndex += 1;
                                this.state = 30 /* TokenizerStates.BOM */;
                                continue;
                            }
                        }
                        if (input instanceof Uint32Array) {
                            if (n === 0x00) {
                                this.bom = [0x00, 0x00, 0xfe, 0xff];
                                this.bomIndex += 1;
                                this.state = 30 /* TokenizerStates.BOM */;
                                continue;
                            }
                            if (n === 0xff) {
                                this.bom = [0xff, 0xfe, 0x00, 0x00];
                                this.bomIndex += 1;
                                this.state = 30 /* TokenizerStates.BOM */;
                                continue;
                            }
                        }
                    case 0 /* TokenizerStates.START */:
                        this.offset += 1;
                        if (this.separatorBytes && n === this.separatorBytes[0]) {
                            if (this.separatorBytes.length === 1) {
                                this.state = 0 /* TokenizerStates.START */;
                                this.onToken({
                                    token: tokenType.SEPARATOR,
                                    value: this.separator,
                                    offset: this.offset + this.separatorBytes.length - 1,
                                });
                                continue;
                            }
                            this.state = 28 /* TokenizerStates.SEPARATOR */;
                            continue;
                        }
                        if (n === 32 /* charset.SPACE */ ||
                            n === 10 /* charset.NEWLINE */ ||
                            n === 13 /* charset.CARRIAGE_RETURN */ ||
                            n === 9 /* charset.TAB */) {
                            // whitespace
                            continue;
                        }
                        if (n === 123 /* charset.LEFT_CURLY_BRACKET */) {
                            this.onToken({
                                token: tokenType.LEFT_BRACE,
                                value: "{",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 125 /* charset.RIGHT_CURLY_BRACKET */) {
                            this.onToken({
                                token: tokenType.RIGHT_BRACE,
                                value: "}",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 91 /* charset.LEFT_SQUARE_BRACKET */) {
                            this.onToken({
                                token: tokenType.LEFT_BRACKET,
                                value: "[",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 93 /* charset.RIGHT_SQUARE_BRACKET */) {
                            this.onToken({
                                token: tokenType.RIGHT_BRACKET,
                                value: "]",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 58 /* charset.COLON */) {
                            this.onToken({
                                token: tokenType.COLON,
                                value: ":",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 44 /* charset.COMMA */) {
                            this.onToken({
                                token: tokenType.COMMA,
                                value: ",",
                                offset: this.offset,
                            });
                            continue;
                        }
                        if (n === 116 /* charset.LATIN_SMALL_LETTER_T */) {
                            this.state = 3 /* TokenizerStates.TRUE1 */;
                            continue;
                        }
                        if (n === 102 /* charset.LATIN_SMALL_LETTER_F */) {
                            this.state = 6 /* TokenizerStates.FALSE1 */;
                            continue;
                        }
                        if (n === 110 /* charset.LATIN_SMALL_LETTER_N */) {
                            this.state = 10 /* TokenizerStates.NULL1 */;
                            continue;
                        }
                        if (n === 34 /* charset.QUOTATION_MARK */) {
                            this.bufferedString.reset();
                            this.escapedCharsByteLength = 0;
                            this.state = 13 /* TokenizerStates.STRING_DEFAULT */;
                            continue;
                        }
                        if (n >= 49 /* charset.DIGIT_ONE */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.reset();
                            this.bufferedNumber.appendChar(n);
                            this.state = 22 /* TokenizerStates.NUMBER_AFTER_INITIAL_NON_ZERO */;
                            continue;
                        }
                        if (n === 48 /* charset.DIGIT_ZERO */) {
                            this.bufferedNumber.reset();
                            this.bufferedNumber.appendChar(n);
                            this.state = 21 /* TokenizerStates.NUMBER_AFTER_INITIAL_ZERO */;
                            continue;
                        }
                        if (n === 45 /* charset.HYPHEN_MINUS */) {
                            this.bufferedNumber.reset();
                            this.bufferedNumber.appendChar(n);
                            this.state = 20 /* TokenizerStates.NUMBER_AFTER_INITIAL_MINUS */;
                            continue;
                        }
                        break;
                    // STRING
                    case 13 /* TokenizerStates.STRING_DEFAULT */:
                        if (n === 34 /* charset.QUOTATION_MARK */) {
                            this.flushPendingHighSurrogate();
                            const string = this.bufferedString.toString();
                            this.state = 0 /* TokenizerStates.START */;
                            this.onToken({
                                token: tokenType.STRING,
                                value: string,
                                offset: this.offset,
                            });
                            this.offset +=
                                this.escapedCharsByteLength +
                                    this.bufferedString.byteLength +
                                    1;
                            continue;
                        }
                        if (n === 92 /* charset.REVERSE_SOLIDUS */) {
                            this.state = 14 /* TokenizerStates.STRING_AFTER_BACKSLASH */;
                            continue;
                        }
                        if (n >= 128) {
                            this.flushPendingHighSurrogate();
                            // Decode the whole run of complete multi-byte characters in one
                            // TextDecoder call, rather than one character at a time -- much
                            // faster for multi-byte text (CJK/emoji). ASCII stays on the
                            // per-character appendChar path below.
                            const runEnd = multiByteRunEnd(buffer, i);
                            if (runEnd > i) {
                                this.bufferedString.appendBuf(buffer, i, runEnd);
                                i = runEnd - 1; // the for-loop's i += 1 lands on runEnd
                            }
                            // A character straddling the chunk boundary is carried over to
                            // the next chunk via STRING_INCOMPLETE_CHAR.
                            if (runEnd < buffer.length && buffer[runEnd] >= 128) {
                                this.startIncompleteChar(buffer, runEnd);
                                i = buffer.length - 1;
                            }
                            continue;
                        }
                        if (n >= 32 /* charset.SPACE */) {
                            this.flushPendingHighSurrogate();
                            let j = i;
                            while (j < buffer.length) {
                                const b = buffer[j];
                                if (b < 32 /* charset.SPACE */ ||
                                    b >= 128 ||
                                    b === 34 /* charset.QUOTATION_MARK */ ||
                                    b === 92 /* charset.REVERSE_SOLIDUS */)
                                    break;
                                j += 1;
                            }
                            // appendBuf is one TextDecoder call: worth it only once the run is
                            // long enough to amortize that fixed cost. Short strings (keys,
                            // ids) dominate real JSON, so append those char-by-char instead --
                            // always-appendBuf regresses key/record-heavy JSON ~12%.
                            if (j - i >= 16) {
                                this.bufferedString.appendBuf(buffer, i, j);
                            }
                            else {
                                for (let k = i; k < j; k += 1)
                                    this.bufferedString.appendChar(buffer[k]);
                            }
                            i = j - 1;
                            continue;
                        }
                        break;
                    case 19 /* TokenizerStates.STRING_INCOMPLETE_CHAR */: {
                        // check for carry over of a multi byte char split between data chunks
                        // & fill temp buffer it with start of this data chunk up to the boundary limit set in the last iteration
                        // The rest of the sequence might still not be complete if this chunk is smaller
                        // than the number of bytes still missing (e.g. one byte at a time), so only
                        // consume what's actually available and keep waiting otherwise.
                        const available = Math.min(this.bytes_remaining, buffer.length - i);
                        this.char_split_buffer.set(buffer.subarray(i, i + available), this.bytes_in_sequence - this.bytes_remaining);
                        this.bytes_remaining -= available;
                        if (this.bytes_remaining > 0) {
                            i = buffer.length - 1;
                            continue;
                        }
                        this.bufferedString.appendBuf(this.char_split_buffer, 0, this.bytes_in_sequence);
                        i += available - 1;
                        this.state = 13 /* TokenizerStates.STRING_DEFAULT */;
                        continue;
                    }
                    case 14 /* TokenizerStates.STRING_AFTER_BACKSLASH */: {
                        const controlChar = escapedSequences[n];
                        if (controlChar) {
                            this.flushPendingHighSurrogate();
                            this.bufferedString.appendChar(controlChar);
                            this.escapedCharsByteLength += 1; // len(\")=2 minus the fact you're appending len(controlChar)=1
                            this.state = 13 /* TokenizerStates.STRING_DEFAULT */;
                            continue;
                        }
                        if (n === 117 /* charset.LATIN_SMALL_LETTER_U */) {
                            this.unicode = "";
                            this.state = 15 /* TokenizerStates.STRING_UNICODE_DIGIT_1 */;
                            continue;
                        }
                        break;
                    }
                    case 15 /* TokenizerStates.STRING_UNICODE_DIGIT_1 */:
                    case 16 /* TokenizerStates.STRING_UNICODE_DIGIT_2 */:
                    case 17 /* TokenizerStates.STRING_UNICODE_DIGIT_3 */:
                        if ((n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) ||
                            (n >= 65 /* charset.LATIN_CAPITAL_LETTER_A */ &&
                                n <= 70 /* charset.LATIN_CAPITAL_LETTER_F */) ||
                            (n >= 97 /* charset.LATIN_SMALL_LETTER_A */ &&
                                n <= 102 /* charset.LATIN_SMALL_LETTER_F */)) {
                            this.unicode += String.fromCharCode(n);
                            this.state += 1;
                            continue;
                        }
                        break;
                    case 18 /* TokenizerStates.STRING_UNICODE_DIGIT_4 */:
                        if ((n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) ||
                            (n >= 65 /* charset.LATIN_CAPITAL_LETTER_A */ &&
                                n <= 70 /* charset.LATIN_CAPITAL_LETTER_F */) ||
                            (n >= 97 /* charset.LATIN_SMALL_LETTER_A */ &&
                                n <= 102 /* charset.LATIN_SMALL_LETTER_F */)) {
                            const intVal = parseInt(this.unicode + String.fromCharCode(n), 16);
                            this.appendUnicodeCodeUnit(intVal);
                            this.state = 13 /* TokenizerStates.STRING_DEFAULT */;
                            continue;
                        }
                        break;
                    // Number
                    case 20 /* TokenizerStates.NUMBER_AFTER_INITIAL_MINUS */:
                        if (n === 48 /* charset.DIGIT_ZERO */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 21 /* TokenizerStates.NUMBER_AFTER_INITIAL_ZERO */;
                            continue;
                        }
                        if (n >= 49 /* charset.DIGIT_ONE */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 22 /* TokenizerStates.NUMBER_AFTER_INITIAL_NON_ZERO */;
                            continue;
                        }
                        break;
                    case 21 /* TokenizerStates.NUMBER_AFTER_INITIAL_ZERO */:
                        if (n === 46 /* charset.FULL_STOP */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 23 /* TokenizerStates.NUMBER_AFTER_FULL_STOP */;
                            continue;
                        }
                        if (n === 101 /* charset.LATIN_SMALL_LETTER_E */ ||
                            n === 69 /* charset.LATIN_CAPITAL_LETTER_E */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 25 /* TokenizerStates.NUMBER_AFTER_E */;
                            continue;
                        }
                        i -= 1;
                        this.state = 0 /* TokenizerStates.START */;
                        this.emitNumber();
                        continue;
                    case 22 /* TokenizerStates.NUMBER_AFTER_INITIAL_NON_ZERO */:
                        if (n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            continue;
                        }
                        if (n === 46 /* charset.FULL_STOP */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 23 /* TokenizerStates.NUMBER_AFTER_FULL_STOP */;
                            continue;
                        }
                        if (n === 101 /* charset.LATIN_SMALL_LETTER_E */ ||
                            n === 69 /* charset.LATIN_CAPITAL_LETTER_E */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 25 /* TokenizerStates.NUMBER_AFTER_E */;
                            continue;
                        }
                        i -= 1;
                        this.state = 0 /* TokenizerStates.START */;
                        this.emitNumber();
                        continue;
                    case 23 /* TokenizerStates.NUMBER_AFTER_FULL_STOP */:
                        if (n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 24 /* TokenizerStates.NUMBER_AFTER_DECIMAL */;
                            continue;
                        }
                        break;
                    case 24 /* TokenizerStates.NUMBER_AFTER_DECIMAL */:
                        if (n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            continue;
                        }
                        if (n === 101 /* charset.LATIN_SMALL_LETTER_E */ ||
                            n === 69 /* charset.LATIN_CAPITAL_LETTER_E */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 25 /* TokenizerStates.NUMBER_AFTER_E */;
                            continue;
                        }
                        i -= 1;
                        this.state = 0 /* TokenizerStates.START */;
                        this.emitNumber();
                        continue;
                    // @ts-expect-error fall through case
                    case 25 /* TokenizerStates.NUMBER_AFTER_E */:
                        if (n === 43 /* charset.PLUS_SIGN */ || n === 45 /* charset.HYPHEN_MINUS */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 26 /* TokenizerStates.NUMBER_AFTER_E_AND_SIGN */;
                            continue;
                        }
                    case 26 /* TokenizerStates.NUMBER_AFTER_E_AND_SIGN */:
                        if (n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            this.state = 27 /* TokenizerStates.NUMBER_AFTER_E_AND_DIGIT */;
                            continue;
                        }
                        break;
                    case 27 /* TokenizerStates.NUMBER_AFTER_E_AND_DIGIT */:
                        if (n >= 48 /* charset.DIGIT_ZERO */ && n <= 57 /* charset.DIGIT_NINE */) {
                            this.bufferedNumber.appendChar(n);
                            continue;
                        }
                        i -= 1;
                        this.state = 0 /* TokenizerStates.START */;
                        this.emitNumber();
                        continue;
                    // TRUE
                    case 3 /* TokenizerStates.TRUE1 */:
                        if (n === 114 /* charset.LATIN_SMALL_LETTER_R */) {
                            this.state = 4 /* TokenizerStates.TRUE2 */;
                            continue;
                        }
                        break;
                    case 4 /* TokenizerStates.TRUE2 */:
                        if (n === 117 /* charset.LATIN_SMALL_LETTER_U */) {
                            this.state = 5 /* TokenizerStates.TRUE3 */;
                            continue;
                        }
                        break;
                    case 5 /* TokenizerStates.TRUE3 */:
                        if (n === 101 /* charset.LATIN_SMALL_LETTER_E */) {
                            this.state = 0 /* TokenizerStates.START */;
                            this.onToken({
                                token: tokenType.TRUE,
                                value: true,
                                offset: this.offset,
                            });
                            this.offset += 3;
                            continue;
                        }
                        break;
                    // FALSE
                    case 6 /* TokenizerStates.FALSE1 */:
                        if (n === 97 /* charset.LATIN_SMALL_LETTER_A */) {
                            this.state = 7 /* TokenizerStates.FALSE2 */;
                            continue;
                        }
                        break;
                    case 7 /* TokenizerStates.FALSE2 */:
                        if (n === 108 /* charset.LATIN_SMALL_LETTER_L */) {
                            this.state = 8 /* TokenizerStates.FALSE3 */;
                            continue;
                        }
                        break;
                    case 8 /* TokenizerStates.FALSE3 */:
                        if (n === 115 /* charset.LATIN_SMALL_LETTER_S */) {
                            this.state = 9 /* TokenizerStates.FALSE4 */;
                            continue;
                        }
                        break;
                    case 9 /* TokenizerStates.FALSE4 */:
                        if (n === 101 /* charset.LATIN_SMALL_LETTER_E */) {
                            this.state = 0 /* TokenizerStates.START */;
                            this.onToken({
                                token: tokenType.FALSE,
                                value: false,
                                offset: this.offset,
                            });
                            this.offset += 4;
                            continue;
                        }
                        break;
                    // NULL
                    case 10 /* TokenizerStates.NULL1 */:
                        if (n === 117 /* charset.LATIN_SMALL_LETTER_U */) {
                            this.state = 11 /* TokenizerStates.NULL2 */;
                            continue;
                        }
                        break;
                    case 11 /* TokenizerStates.NULL2 */:
                        if (n === 108 /* charset.LATIN_SMALL_LETTER_L */) {
                            this.state = 12 /* TokenizerStates.NULL3 */;
                            continue;
                        }
                        break;
                    case 12 /* TokenizerStates.NULL3 */:
                        if (n === 108 /* charset.LATIN_SMALL_LETTER_L */) {
                            this.state = 0 /* TokenizerStates.START */;
                            this.onToken({
                                token: tokenType.NULL,
                                value: null,
                                offset: this.offset,
                            });
                            this.offset += 3;
                            continue;
                        }
                        break;
                    case 28 /* TokenizerStates.SEPARATOR */:
                        this.separatorIndex += 1;
                        if (!this.separatorBytes ||
                            n !== this.separatorBytes[this.separatorIndex]) {
                            break;
                        }
                        if (this.separatorIndex === this.separatorBytes.length - 1) {
                            this.state = 0 /* TokenizerStates.START */;
                            this.onToken({
                                token: tokenType.SEPARATOR,
                                value: this.separator,
                                offset: this.offset + this.separatorIndex,
                            });
                            this.separatorIndex = 0;
                        }
                        continue;
                    // BOM support
                    case 30 /* TokenizerStates.BOM */:
                        if (n === this.bom[this.bomIndex]) {
                            if (this.bomIndex === this.bom.length - 1) {
                                this.state = 0 /* TokenizerStates.START */;
                                this.bom = undefined;
                                this.bomIndex = 0;
                                continue;
                            }
                            this.bomIndex += 1;
                            continue;
                        }
                        break;
                    case 1 /* TokenizerStates.ENDED */:
                        if (n === 32 /* charset.SPACE */ ||
                            n === 10 /* charset.NEWLINE */ ||
                            n === 13 /* charset.CARRIAGE_RETURN */ ||
                            n === 9 /* charset.TAB */) {
                            // whitespace
                            continue;
                        }
                }
                throw new TokenizerError(`Unexpected "${String.fromCharCode(n)}" at chunk position "${i}" (absolute position "${this.streamByteLength + i}") in state ${TokenizerStateToString(this.state)}`);
            }
            this.streamByteLength += buffer.length;
            if (this.emitPartialTokens) {
                switch (this.state) {
                    case 3 /* TokenizerStates.TRUE1 */:
                    case 4 /* TokenizerStates.TRUE2 */:
                    case 5 /* TokenizerStates.TRUE3 */:
                        this.onToken({
                            token: tokenType.TRUE,
                            value: true,
                            offset: this.offset,
                            partial: true,
                        });
                        break;
                    case 6 /* TokenizerStates.FALSE1 */:
                    case 7 /* TokenizerStates.FALSE2 */:
                    case 8 /* TokenizerStates.FALSE3 */:
                    case 9 /* TokenizerStates.FALSE4 */:
                        this.onToken({
                            token: tokenType.FALSE,
                            value: false,
                            offset: this.offset,
                            partial: true,
                        });
                        break;
                    case 10 /* TokenizerStates.NULL1 */:
                    case 11 /* TokenizerStates.NULL2 */:
                    case 12 /* TokenizerStates.NULL3 */:
                        this.onToken({
                            token: tokenType.NULL,
                            value: null,
                            offset: this.offset,
                            partial: true,
                        });
                        break;
                    case 13 /* TokenizerStates.STRING_DEFAULT */: {
                        const string = this.bufferedString.toString();
                        this.onToken({
                            token: tokenType.STRING,
                            value: string,
                            offset: this.offset,
                            partial: true,
                        });
                        break;
                    }
                    case 21 /* TokenizerStates.NUMBER_AFTER_INITIAL_ZERO */:
                    case 22 /* TokenizerStates.NUMBER_AFTER_INITIAL_NON_ZERO */:
                    case 24 /* TokenizerStates.NUMBER_AFTER_DECIMAL */:
                    case 27 /* TokenizerStates.NUMBER_AFTER_E_AND_DIGIT */:
                        try {
                            this.onToken({
                                token: tokenType.NUMBER,
                                value: this.parseNumber(this.bufferedNumber.toString()),
                                offset: this.offset,
                                partial: true,
                            });
                        }
                        catch (_a) {
                            // Number couldn't be parsed. Do nothing.
                        }
                }
            }
        }
        catch (err) {
            this.error(err);
        }
    }
    emitNumber() {
        this.onToken({
            token: tokenType.NUMBER,
            value: this.parseNumber(this.bufferedNumber.toString()),
            offset: this.offset,
        });
        this.offset += this.bufferedNumber.byteLength - 1;
    }
    /**
     * Turns the characters of a JSON number into a JavaScript value.
     *
     * Equivalent to `Number(numberStr)`. Override it to handle numbers that a
     * JavaScript number can't represent, for example by keeping them as strings.
     *
     * @param numberStr The number, as it appeared in the JSON stream.
     * @returns The parsed number.
     */
    parseNumber(numberStr) {
        return Number(numberStr);
    }
    /**
     * Puts the tokenizer in an error state and reports `err` through
     * {@linkcode Tokenizer.onError}. The tokenizer can't be used afterwards.
     *
     * @param err What went wrong.
     */
    error(err) {
        if (this.state !== 1 /* TokenizerStates.ENDED */) {
            this.state = 2 /* TokenizerStates.ERROR */;
        }
        this.onError(err);
    }
    /**
     * Signals that the stream is over, flushing any number that was still being
     * tokenized and then ending the tokenizer, which can't be used afterwards.
     *
     * @throws {TokenizerError} If the stream ended in the middle of a token and no
     * {@linkcode Tokenizer.onError} callback has been set.
     */
    end() {
        switch (this.state) {
            case 21 /* TokenizerStates.NUMBER_AFTER_INITIAL_ZERO */:
            case 22 /* TokenizerStates.NUMBER_AFTER_INITIAL_NON_ZERO */:
            case 24 /* TokenizerStates.NUMBER_AFTER_DECIMAL */:
            case 27 /* TokenizerStates.NUMBER_AFTER_E_AND_DIGIT */:
                this.state = 1 /* TokenizerStates.ENDED */;
                this.emitNumber();
                this.onEnd();
                break;
            case 29 /* TokenizerStates.BOM_OR_START */:
            case 0 /* TokenizerStates.START */:
            case 2 /* TokenizerStates.ERROR */:
                this.state = 1 /* TokenizerStates.ENDED */;
                this.onEnd();
                break;
            default:
                this.error(new TokenizerError(`Tokenizer ended in the middle of a token (state: ${TokenizerStateToString(this.state)}). Either not all the data was received or the data was invalid.`));
        }
    }
    /**
     * Called with every token found in the stream. Override it to consume them;
     * by default it throws.
     *
     * @param parsedToken The token and where it was found.
     */
    // biome-ignore lint/correctness/noUnusedFunctionParameters: override point; the parameter is part of the public signature
    onToken(parsedToken) {
        // Override me
        throw new TokenizerError('Can\'t emit tokens before the "onToken" callback has been set up.');
    }
    /**
     * Called when the data can't be tokenized. Override it to handle errors
     * asynchronously; by default it throws, so the error surfaces out of the
     * {@linkcode Tokenizer.write} or {@linkcode Tokenizer.end} call that caused it.
     *
     * @param err What went wrong.
     */
    onError(err) {
        // Override me
        throw err;
    }
    /** Called once the tokenizer has ended. Override it to react to that; by default it does nothing. */
    onEnd() {
        // Override me
    }
}
//# sourceMappingURL=tokenizer.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/tokenparser.js
/**
 * A parser that assembles the tokens emitted by the tokenizer into JSON values.
 *
 * @example
 * ```ts
 * import Tokenizer from "@streamparser/json/tokenizer.js";
 * import TokenParser from "@streamparser/json/tokenparser.js";
 *
 * const tokenizer = new Tokenizer();
 * const tokenParser = new TokenParser({ paths: ["$.*"] });
 * tokenizer.onToken = tokenParser.write.bind(tokenParser);
 * tokenParser.onValue = ({ value }) => {
 *   // process the value
 * };
 *
 * tokenizer.write('{ "test": ["a"] }');
 * ```
 *
 * @module
 */

// Parser States
var TokenParserState;
(function (TokenParserState) {
    TokenParserState[TokenParserState["VALUE"] = 0] = "VALUE";
    TokenParserState[TokenParserState["KEY"] = 1] = "KEY";
    TokenParserState[TokenParserState["COLON"] = 2] = "COLON";
    TokenParserState[TokenParserState["COMMA"] = 3] = "COMMA";
    TokenParserState[TokenParserState["ENDED"] = 4] = "ENDED";
    TokenParserState[TokenParserState["ERROR"] = 5] = "ERROR";
    TokenParserState[TokenParserState["SEPARATOR"] = 6] = "SEPARATOR";
})(TokenParserState || (TokenParserState = {}));
function TokenParserStateToString(state) {
    return ["VALUE", "KEY", "COLON", "COMMA", "ENDED", "ERROR", "SEPARATOR"][state];
}
// Plain bracket assignment invokes the inherited `Object.prototype.__proto__`
// setter for that one key name, letting a "__proto__" key in the input alter
// obj's actual prototype instead of becoming a property of obj. Only that key
// needs the safe (but slower) Object.defineProperty path -- every other key,
// i.e. the overwhelming majority, keeps the fast, JIT-friendly assignment.
function setProperty(obj, key, value) {
    if (key === "__proto__") {
        Object.defineProperty(obj, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        });
        return;
    }
    obj[key] = value;
}
const tokenparser_defaultOpts = {
    paths: undefined,
    keepStack: true,
    separator: undefined,
    emitPartialValues: false,
};
/** The error thrown when the token parser is misconfigured or gets an unexpected token. */
class TokenParserError extends Error {
    /**
     * @param message What went wrong.
     */
    constructor(message) {
        super(message);
        // Typescript is broken. This is a workaround
        Object.setPrototypeOf(this, TokenParserError.prototype);
    }
}
/**
 * A parser that assembles the tokens emitted by a tokenizer into JSON values.
 *
 * Tokens are pushed in with {@linkcode TokenParser.write} and the resulting
 * values come back through the {@linkcode TokenParser.onValue} callback, which
 * the user is expected to override. Values are emitted innermost first, as soon
 * as each one is complete, and can be narrowed down to the ones of interest with
 * the `paths` option.
 *
 * @example
 * ```ts
 * import Tokenizer from "@streamparser/json/tokenizer.js";
 * import TokenParser from "@streamparser/json/tokenparser.js";
 *
 * const tokenizer = new Tokenizer();
 * const tokenParser = new TokenParser();
 * tokenizer.onToken = tokenParser.write.bind(tokenParser);
 * tokenParser.onValue = ({ value, key, parent, stack }) => {
 *   // process the value
 * };
 *
 * tokenizer.write('{ "test": ["a"] }');
 * // onValue is called 3 times: "a", ["a"] and { test: ["a"] }
 * ```
 */
class TokenParser {
    /**
     * @param opts What to emit and how. See {@linkcode TokenParserOptions}.
     * @throws {TokenParserError} If any of the configured `paths` is not a valid selector.
     */
    constructor(opts) {
        this.state = 0 /* TokenParserState.VALUE */;
        this.mode = undefined;
        this.key = undefined;
        this.value = undefined;
        this.stack = [];
        // Tracked explicitly rather than inferred from `value` because keepStack:false
        // deletes emitted properties from `value`, so Object.keys(value).length can no
        // longer be trusted to tell an empty object from one whose members were purged.
        this.memberCount = 0;
        opts = Object.assign(Object.assign({}, tokenparser_defaultOpts), opts);
        if (opts.paths) {
            const root = { children: new Map(), terminal: false };
            // A match-everything selector makes the whole set match everything, which
            // we represent by leaving the trie undefined (as with no paths at all).
            let matchEverything = false;
            for (const path of opts.paths) {
                if (path === undefined || path === "$*") {
                    matchEverything = true;
                    continue;
                }
                if (!path.startsWith("$"))
                    throw new TokenParserError(`Invalid selector "${path}". Should start with "$".`);
                const segments = path.split(".").slice(1);
                if (segments.includes(""))
                    throw new TokenParserError(`Invalid selector "${path}". ".." syntax not supported.`);
                let node = root;
                for (const segment of segments) {
                    let child = node.children.get(segment);
                    if (!child) {
                        child = { children: new Map(), terminal: false };
                        node.children.set(segment, child);
                    }
                    node = child;
                }
                node.terminal = true;
            }
            if (!matchEverything)
                this.selectorTrie = root;
        }
        this.keepStack = opts.keepStack || false;
        this.separator = opts.separator;
        if (!opts.emitPartialValues) {
            this.emitPartial = () => { };
        }
    }
    shouldEmit() {
        if (!this.selectorTrie)
            return true;
        return this.matchesSelector(this.selectorTrie, 0);
    }
    // Depth-first walk of the selector trie down the current value's key path:
    //   [stack[1].key, ..., stack[n-1].key, this.key]   (n = stack.length)
    // A value matches iff some branch reaches a terminal node at the exact depth.
    // Recursion (rather than an explicit frontier) keeps the common single-path
    // walk allocation-free and short-circuits on the first match, like the old
    // rescan did, while collapsing its O(number of selectors) cost to O(depth).
    matchesSelector(node, level) {
        const keyCount = this.stack.length;
        if (level === keyCount)
            return node.terminal;
        const key = level < keyCount - 1 ? this.stack[level + 1].key : this.key;
        // "*" matches any key; try it first since it needs no key lookup.
        const wildcard = node.children.get("*");
        if (wildcard && this.matchesSelector(wildcard, level + 1))
            return true;
        // Then a literal match. Resolving the key to a string allocates for numeric
        // array indices, so skip it unless there's a literal child to match.
        const hasLiteralChild = node.children.size > (wildcard ? 1 : 0);
        if (hasLiteralChild) {
            const segment = key === null || key === void 0 ? void 0 : key.toString();
            if (segment !== undefined) {
                const child = node.children.get(segment);
                if (child && this.matchesSelector(child, level + 1))
                    return true;
            }
        }
        return false;
    }
    push() {
        this.stack.push({
            key: this.key,
            value: this.value,
            mode: this.mode,
            emit: this.shouldEmit(),
            memberCount: this.memberCount,
        });
    }
    pop() {
        const value = this.value;
        // biome-ignore lint/suspicious/noImplicitAnyLet: assigned via the destructuring assignment below
        let emit;
        ({
            key: this.key,
            value: this.value,
            mode: this.mode,
            emit,
            memberCount: this.memberCount,
        } = this.stack.pop());
        this.state =
            this.mode !== undefined ? 3 /* TokenParserState.COMMA */ : 0 /* TokenParserState.VALUE */;
        this.emit(value, emit);
    }
    emit(value, emit) {
        if (!this.keepStack &&
            this.value &&
            this.stack.every((item) => !item.emit)) {
            if (Array.isArray(this.value)) {
                // Shrinking `.length` drops the slot, unlike `delete`, which only leaves a hole
                this.value.length -= 1;
            }
            else {
                delete this.value[this.key];
            }
        }
        if (emit) {
            this.onValue({
                value: value,
                key: this.key,
                parent: this.value,
                stack: this.stack,
            });
        }
        if (this.stack.length === 0) {
            if (this.separator) {
                this.state = 6 /* TokenParserState.SEPARATOR */;
            }
            else if (this.separator === undefined) {
                this.end();
            }
            // else if separator === '', expect next JSON object.
        }
    }
    emitPartial(value) {
        if (!this.shouldEmit())
            return;
        if (this.state === 1 /* TokenParserState.KEY */) {
            this.onValue({
                value: undefined,
                key: value,
                parent: this.value,
                stack: this.stack,
                partial: true,
            });
            return;
        }
        this.onValue({
            value: value,
            key: this.key,
            parent: this.value,
            stack: this.stack,
            partial: true,
        });
    }
    /** Whether the token parser is ended, and thus no longer accepting tokens. */
    get isEnded() {
        return this.state === 4 /* TokenParserState.ENDED */;
    }
    /**
     * Pushes the next token into the parser.
     *
     * Parsing happens synchronously, so every value that the token completes is
     * emitted through {@linkcode TokenParser.onValue} before this returns.
     *
     * @param parsedTokenInfo The token to process, as emitted by a tokenizer.
     * @throws {TokenParserError} If the token can't appear at this point of the
     * JSON document and no {@linkcode TokenParser.onError} callback has been set.
     */
    write({ token, value, partial, }) {
        try {
            if (partial) {
                if (this.state !== 0 /* TokenParserState.VALUE */ &&
                    this.state !== 1 /* TokenParserState.KEY */) {
                    throw new TokenParserError(`Unexpected partial ${tokenType[token]} (${JSON.stringify(value)}) in state ${TokenParserStateToString(this.state)}`);
                }
                this.emitPartial(value);
                return;
            }
            if (this.state === 0 /* TokenParserState.VALUE */) {
                if (token === tokenType.STRING ||
                    token === tokenType.NUMBER ||
                    token === tokenType.TRUE ||
                    token === tokenType.FALSE ||
                    token === tokenType.NULL) {
                    if (this.mode === 0 /* TokenParserMode.OBJECT */) {
                        setProperty(this.value, this.key, value);
                        this.state = 3 /* TokenParserState.COMMA */;
                        this.memberCount++;
                    }
                    else if (this.mode === 1 /* TokenParserMode.ARRAY */) {
                        this.value.push(value);
                        this.state = 3 /* TokenParserState.COMMA */;
                        this.memberCount++;
                    }
                    this.emit(value, this.shouldEmit());
                    return;
                }
                if (token === tokenType.LEFT_BRACE) {
                    this.memberCount++;
                    this.push();
                    if (this.mode === 0 /* TokenParserMode.OBJECT */) {
                        const val = {};
                        setProperty(this.value, this.key, val);
                        this.value = val;
                    }
                    else if (this.mode === 1 /* TokenParserMode.ARRAY */) {
                        const val = {};
                        this.value.push(val);
                        this.value = val;
                    }
                    else {
                        this.value = {};
                    }
                    this.mode = 0 /* TokenParserMode.OBJECT */;
                    this.state = 1 /* TokenParserState.KEY */;
                    this.key = undefined;
                    this.memberCount = 0;
                    this.emitPartial();
                    return;
                }
                if (token === tokenType.LEFT_BRACKET) {
                    this.memberCount++;
                    this.push();
                    if (this.mode === 0 /* TokenParserMode.OBJECT */) {
                        const val = [];
                        setProperty(this.value, this.key, val);
                        this.value = val;
                    }
                    else if (this.mode === 1 /* TokenParserMode.ARRAY */) {
                        const val = [];
                        this.value.push(val);
                        this.value = val;
                    }
                    else {
                        this.value = [];
                    }
                    this.mode = 1 /* TokenParserMode.ARRAY */;
                    this.state = 0 /* TokenParserState.VALUE */;
                    this.key = 0;
                    this.memberCount = 0;
                    this.emitPartial();
                    return;
                }
                if (this.mode === 1 /* TokenParserMode.ARRAY */ &&
                    token === tokenType.RIGHT_BRACKET &&
                    this.memberCount === 0) {
                    this.pop();
                    return;
                }
            }
            if (this.state === 1 /* TokenParserState.KEY */) {
                if (token === tokenType.STRING) {
                    this.key = value;
                    this.state = 2 /* TokenParserState.COLON */;
                    this.emitPartial();
                    return;
                }
                if (token === tokenType.RIGHT_BRACE && this.memberCount === 0) {
                    this.pop();
                    return;
                }
            }
            if (this.state === 2 /* TokenParserState.COLON */) {
                if (token === tokenType.COLON) {
                    this.state = 0 /* TokenParserState.VALUE */;
                    return;
                }
            }
            if (this.state === 3 /* TokenParserState.COMMA */) {
                if (token === tokenType.COMMA) {
                    if (this.mode === 1 /* TokenParserMode.ARRAY */) {
                        this.state = 0 /* TokenParserState.VALUE */;
                        this.key += 1;
                        return;
                    }
                    /* istanbul ignore else */
                    if (this.mode === 0 /* TokenParserMode.OBJECT */) {
                        this.state = 1 /* TokenParserState.KEY */;
                        return;
                    }
                }
                if ((token === tokenType.RIGHT_BRACE &&
                    this.mode === 0 /* TokenParserMode.OBJECT */) ||
                    (token === tokenType.RIGHT_BRACKET &&
                        this.mode === 1 /* TokenParserMode.ARRAY */)) {
                    this.pop();
                    return;
                }
            }
            if (this.state === 6 /* TokenParserState.SEPARATOR */) {
                if (token === tokenType.SEPARATOR && value === this.separator) {
                    this.state = 0 /* TokenParserState.VALUE */;
                    return;
                }
            }
            // Edge case in which the separator is just whitespace and it's found in the middle of the JSON
            if (token === tokenType.SEPARATOR &&
                this.state !== 6 /* TokenParserState.SEPARATOR */ &&
                Array.from(value)
                    .map((n) => n.charCodeAt(0))
                    .every((n) => n === 32 /* charset.SPACE */ ||
                    n === 10 /* charset.NEWLINE */ ||
                    n === 13 /* charset.CARRIAGE_RETURN */ ||
                    n === 9 /* charset.TAB */)) {
                // whitespace
                return;
            }
            throw new TokenParserError(`Unexpected ${tokenType[token]} (${JSON.stringify(value)}) in state ${TokenParserStateToString(this.state)}`);
        }
        catch (err) {
            this.error(err);
        }
    }
    /**
     * Puts the token parser in an error state and reports `err` through
     * {@linkcode TokenParser.onError}. The parser can't be used afterwards.
     *
     * @param err What went wrong.
     */
    error(err) {
        if (this.state !== 4 /* TokenParserState.ENDED */) {
            this.state = 5 /* TokenParserState.ERROR */;
        }
        this.onError(err);
    }
    /**
     * Signals that there are no more tokens, ending the token parser, which can't
     * be used afterwards.
     *
     * @throws {Error} If the JSON document was left half-parsed and no
     * {@linkcode TokenParser.onError} callback has been set.
     */
    end() {
        if ((this.state !== 0 /* TokenParserState.VALUE */ &&
            this.state !== 6 /* TokenParserState.SEPARATOR */) ||
            this.stack.length > 0) {
            this.error(new Error(`Parser ended in mid-parsing (state: ${TokenParserStateToString(this.state)}). Either not all the data was received or the data was invalid.`));
        }
        else {
            this.state = 4 /* TokenParserState.ENDED */;
            this.onEnd();
        }
    }
    /**
     * Called with every value that matches the configured `paths`. Override it to
     * consume them; by default it throws.
     *
     * @param parsedElementInfo The value and where it was found. Its `parent` and
     * `stack` are live references into the parser's in-progress structures, so use
     * `cloneParsedElementInfo` to snapshot them if they need to outlive the call.
     */
    // biome-ignore lint/correctness/noUnusedFunctionParameters: override point; the parameter is part of the public signature
    onValue(parsedElementInfo) {
        // Override me
        throw new TokenParserError('Can\'t emit data before the "onValue" callback has been set up.');
    }
    /**
     * Called when the tokens don't add up to valid JSON. Override it to handle
     * errors asynchronously; by default it throws, so the error surfaces out of the
     * {@linkcode TokenParser.write} or {@linkcode TokenParser.end} call that caused it.
     *
     * @param err What went wrong.
     */
    onError(err) {
        // Override me
        throw err;
    }
    /** Called once the token parser has ended. Override it to react to that; by default it does nothing. */
    onEnd() {
        // Override me
    }
}
//# sourceMappingURL=tokenparser.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/jsonparser.js
/**
 * A streaming drop-in replacement for `JSON.parse`, chaining the tokenizer and
 * the token parser.
 *
 * @example
 * ```ts
 * import JSONParser from "@streamparser/json/jsonparser.js";
 *
 * const parser = new JSONParser();
 * parser.onValue = ({ value }) => {
 *   // process the value
 * };
 *
 * parser.write('{ "test": ["a"] }');
 * ```
 *
 * @module
 */


/**
 * A full JSON parser: a {@linkcode Tokenizer} and a {@linkcode TokenParser}
 * wired to each other.
 *
 * Data is pushed in with {@linkcode JSONParser.write} and the parsed values come
 * back through the {@linkcode JSONParser.onValue} callback.
 *
 * @example
 * ```ts
 * import JSONParser from "@streamparser/json/jsonparser.js";
 *
 * const parser = new JSONParser({ paths: ["$.*"], keepStack: false });
 * parser.onValue = ({ value }) => {
 *   // process the value
 * };
 * parser.onError = (err) => console.error(err);
 *
 * // The document can arrive split across any number of chunks.
 * parser.write('[{ "id": 1 },');
 * parser.write('{ "id": 2 }]');
 * ```
 */
class JSONParser {
    /**
     * @param opts How to tokenize and what to emit. See {@linkcode JSONParserOptions}.
     */
    constructor(opts = {}) {
        this.tokenizer = new Tokenizer(opts);
        this.tokenParser = new TokenParser(opts);
        this.tokenizer.onToken = this.tokenParser.write.bind(this.tokenParser);
        this.tokenizer.onEnd = () => {
            if (!this.tokenParser.isEnded)
                this.tokenParser.end();
        };
        this.tokenParser.onError = this.tokenizer.error.bind(this.tokenizer);
        this.tokenParser.onEnd = () => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
        };
    }
    /** Whether the parser is ended, and thus no longer accepting data. */
    get isEnded() {
        return this.tokenizer.isEnded && this.tokenParser.isEnded;
    }
    /**
     * Pushes the next chunk of the JSON stream into the parser.
     *
     * Parsing happens synchronously, so every value that the chunk completes is
     * emitted through {@linkcode JSONParser.onValue} before this returns.
     *
     * @param input The chunk to parse: a string, a `TypedArray`, or any iterable
     * of utf-8 byte values.
     * @throws {Error} If the data is not valid JSON and no
     * {@linkcode JSONParser.onError} callback has been set.
     */
    write(input) {
        this.tokenizer.write(input);
    }
    /**
     * Signals that the stream is over, ending the parser, which can't be used
     * afterwards.
     *
     * @throws {Error} If the JSON document was left half-parsed and no
     * {@linkcode JSONParser.onError} callback has been set.
     */
    end() {
        this.tokenizer.end();
    }
    /** Sets the callback to be called with every token found in the stream. */
    set onToken(cb) {
        this.tokenizer.onToken = (parsedToken) => {
            cb(parsedToken);
            this.tokenParser.write(parsedToken);
        };
    }
    /** Sets the callback to be called with every value that matches the configured `paths`. */
    set onValue(cb) {
        this.tokenParser.onValue = cb;
    }
    /**
     * Sets the callback to be called when the data can't be parsed. Without one,
     * errors are thrown out of the {@linkcode JSONParser.write} or
     * {@linkcode JSONParser.end} call that caused them.
     */
    set onError(cb) {
        this.tokenizer.onError = cb;
    }
    /** Sets the callback to be called once the parser has ended. */
    set onEnd(cb) {
        this.tokenParser.onEnd = () => {
            if (!this.tokenizer.isEnded)
                this.tokenizer.end();
            cb.call(this.tokenParser);
        };
    }
}
//# sourceMappingURL=jsonparser.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/utils/types/stackElement.js
/**
 * The shape of the token parser's stack, i.e. the chain of containers that a
 * parsed value is nested in.
 *
 * @module
 */
/** Whether the container being parsed is a JSON object or a JSON array. */
var TokenParserMode;
(function (TokenParserMode) {
    /** The container is a JSON object, so its members are keyed by property name. */
    TokenParserMode[TokenParserMode["OBJECT"] = 0] = "OBJECT";
    /** The container is a JSON array, so its members are keyed by index. */
    TokenParserMode[TokenParserMode["ARRAY"] = 1] = "ARRAY";
})(TokenParserMode || (TokenParserMode = {}));
//# sourceMappingURL=stackElement.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@streamparser+json@0.0.26/node_modules/@streamparser/json/dist/mjs/index.js



/** The types of the JSON values that the parser produces. */



/** The utf-8 byte values that the tokenizer matches the incoming stream against. */

//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/inputs/read-text.ts




/**
 * Every text file the actions read and may rewrite (pyproject.toml, setup.cfg, CHANGELOG.md, …)
 * goes through here: UTF-8 only, decoded strictly. A byte that is not UTF-8 (a latin-1 comment, a
 * UTF-16 file with its byte order mark, a binary file) or a NUL byte fails with the file's name and
 * the byte's offset, before anything is written, so its bytes are never replaced by U+FFFD and
 * written back. A UTF-8 byte order mark is kept in the text (as U+FEFF), and line endings are
 * untouched, so writers that preserve them keep doing so. Messages never quote the file's content.
 */
/**
 * A file's text, or undefined when it does not exist; any other failure is thrown.
 * @param shown The name for messages (the path as the input gave it); default `path`.
 * @throws FileError naming the file and the byte offset when it is not UTF-8 text.
 */
async function readTextIfExists(path, shown = path) {
    let bytes;
    try {
        bytes = await readFile(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return decodeUtf8Text(bytes, shown);
}
/**
 * Decodes a file's bytes as UTF-8 text, strictly.
 * @throws FileError naming the file and the offset of the first byte that is not UTF-8, or of a NUL byte.
 */
function decodeUtf8Text(bytes, shown) {
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        throw new FileError(shown, describeInvalidByte(bytes, firstInvalidUtf8(bytes)));
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        throw new FileError(shown, `the byte at offset ${nul} is NUL: this is a binary file, not text; the file was left as it is.`);
    // Buffer#toString keeps a leading BOM as U+FEFF: writers put it back where it was.
    return bytes.toString('utf8');
}
function describeInvalidByte(bytes, offset) {
    const hex = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    if (offset === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return `it starts with a UTF-16 byte order mark (${hex}), but it must be UTF-8; the file was left as it is (save it as UTF-8).`;
    }
    return `the byte at offset ${offset} (${hex}) is not UTF-8; the file was left as it is (save it as UTF-8).`;
}
/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF). Only called once `isUtf8` said no.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        // The sequence length and the allowed range of its second byte (RFC 3629, section 4).
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0)
                low = 0xa0;
            if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0)
                low = 0x90;
            if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined)
                return i;
            const min = k === 1 ? low : 0x80;
            const max = k === 1 ? high : 0xbf;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return bytes.length;
}
/**
 * Reads the file an input names (`version-files`, `changelog`, `path`), by the rules of
 * `resolveRepositoryPath` (inside the workspace, outside `.git`, a file and not a folder) and
 * strictly as UTF-8.
 * @throws InputError naming the input for a path that breaks those rules; FileError for text that is not UTF-8.
 */
async function readRepositoryFile(workspace, input, path) {
    const resolved = await resolveRepositoryPath(workspace, input, path, 'file');
    const content = resolved.found === 'missing' ? undefined : await readTextIfExists(resolved.real, path);
    return { path: resolved, content };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/read-json-report.ts







/**
 * JSON reports read whole (JSON.parse: bandit, pip-audit, SARIF, ruff, pyright) are refused past
 * this size with a clear error rather than read; coverage.py's JSON, which can be big (its
 * `--show-contexts` lists every test per line), is streamed instead ({@link streamJsonReport}).
 */
const JSON_REPORT_LIMIT = 256 * 1024 * 1024;
/** Reads and parses a JSON report after checking its kind; its text must be UTF-8; parse errors name the line and column, never the text. */
async function readJsonReport(path, kind, expected, input) {
    let bytes;
    try {
        const info = await (0,promises_namespaceObject.stat)(path);
        if (info.isDirectory())
            throw new FileError(path, 'is a directory, not a report');
        if (info.size > JSON_REPORT_LIMIT)
            throw new FileError(path, `is ${Math.round(info.size / 1048576)} MiB; JSON reports over ${JSON_REPORT_LIMIT / 1048576} MiB are not read`);
        bytes = await (0,promises_namespaceObject.readFile)(path);
    }
    catch (error) {
        if (error instanceof FileError)
            throw error;
        if (error.code === 'ENOENT')
            throw new FileError(path, 'does not exist', undefined, { cause: error });
        throw error;
    }
    const text = decodeUtf8Text(bytes, path);
    const actual = detectKindFromHead(text.slice(0, SNIFF_BYTES));
    if (actual !== kind)
        throw wrongKindError(path, actual, expected, input);
    const json = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(json);
    }
    catch (error) {
        // Not V8's message: it quotes the text around the error, and a report may hold anything.
        throw new FileError(path, `is not valid JSON${describeJsonError(json, error) || locateSyntaxError(json)}`, undefined, { cause: error });
    }
}
/**
 * Where a text JSON.parse refused goes wrong, when V8 does not say (`Unexpected token 'g', "…" is
 * not valid JSON` has no position): the text parsed again by @streamparser/json, which names the
 * offset of the character or token it refuses. ` (at line 3, column 7)`, or nothing.
 */
function locateSyntaxError(json) {
    const bytes = Buffer.from(json, 'utf8');
    const parser = new JSONParser({ paths: ['$.\u0000'], keepStack: false });
    let tokenOffset;
    parser.onToken = ({ offset }) => {
        tokenOffset = offset;
    };
    parser.onValue = () => undefined;
    let offset;
    try {
        parser.write(bytes);
        if (!parser.isEnded)
            parser.end();
        return '';
    }
    catch (error) {
        const position = /absolute position "(\d+)"/.exec(error.message)?.[1];
        offset = position !== undefined ? Number(position) : error instanceof TokenParserError ? tokenOffset : undefined;
    }
    if (offset === undefined)
        return '';
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1))
        line++;
    return ` (at line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1})`;
}
/**
 * Streams a JSON report after checking its kind: `onValue` gets each value at `paths` (JSONPath
 * as @streamparser/json selects them: `$.meta`, `$.files.*`) as soon as it is complete, and the
 * rest is never kept, so memory grows with the largest selected value, not with the file. The
 * text must be UTF-8 (a byte order mark is dropped); a syntax error, a truncated file or data after
 * the document names the file and the line.
 */
async function streamJsonReport(path, kind, expected, input, paths, onValue) {
    const actual = await detectReportKind(path);
    if (actual !== kind)
        throw wrongKindError(path, actual, expected, input);
    const parser = new JSONParser({ paths: [...paths], keepStack: false });
    parser.onValue = ({ value, key, parent, stack }) => onValue({ value, key, parentKey: stack.at(-1)?.key, inArray: Array.isArray(parent) });
    // Where the last token started: a token the parser refuses is named by its line.
    let tokenOffset;
    parser.onToken = ({ offset }) => {
        tokenOffset = offset;
    };
    let hadBom = false;
    // One buffer, read into again and again: the parser copies what it keeps (it decodes strings as
    // they come), and a fresh buffer per chunk would pile up outside the heap until a GC.
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(256 * 1024);
        for (let first = true;; first = false) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hadBom ||= first && bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
            parser.write(buffer.subarray(first && hadBom ? 3 : 0, bytesRead));
        }
        // The parser ends itself when the document closes; a file that stops before that did not.
        if (!parser.isEnded)
            endTruncated(parser, path);
    }
    catch (error) {
        if (error instanceof FileError)
            throw error;
        if (error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
            throw new FileError(path, 'is not UTF-8 text (save it as UTF-8)', undefined, { cause: error });
        }
        if (!(error instanceof TokenizerError || error instanceof TokenParserError))
            throw error;
        const position = /absolute position "(\d+)"/.exec(error.message)?.[1];
        const offset = position !== undefined ? Number(position) : error instanceof TokenParserError && !parser.isEnded ? tokenOffset : undefined;
        throw new FileError(path, `is not valid JSON: ${withoutTokenValue(error.message)}`, offset === undefined ? undefined : await lineAt(path, offset + (hadBom ? 3 : 0)), { cause: error });
    }
    finally {
        await handle.close();
    }
}
/**
 * @streamparser/json's message without the token's value: `Unexpected STRING ("ghp_…") in state COLON`
 * quotes the report, which may hold anything; the token's kind and the line are enough.
 */
function withoutTokenValue(message) {
    return message.replace(/^(Unexpected [A-Z_]+) \(.*\)( in state \w+)$/s, '$1$2');
}
/** Ends a parser whose file stopped before its document did: only the parser's own complaint can come of it. */
function endTruncated(parser, path) {
    try {
        parser.end();
    }
    catch (error) {
        // TokenizerError ("ended in the middle of a token") or the token parser's plain Error ("ended in mid-parsing").
        throw new FileError(path, `is not valid JSON: it ends before the document does (a truncated file?): ${error.message}`, undefined, { cause: error });
    }
}
/** The 1-based line of a byte offset, by counting line breaks before it (the file is read again, in chunks). */
async function lineAt(path, offset) {
    let line = 1;
    if (offset === 0)
        return line;
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path, { end: offset - 1 })) {
        for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1))
            line++;
    }
    return line;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/read-coverage-json.ts




/**
 * Reads coverage.py's JSON report (`coverage json`, format 2 of coverage.py 5.x–7.x): per file
 * `executed_lines`, `missing_lines`, the summary's `num_statements`, and with `--branch` the
 * `executed_branches` and `missing_branches` arcs (`[from, to]`, a negative `to` leaving the code
 * object), grouped by the line they leave from. The file's own counts are kept, so one report's
 * total is coverage.py's to the digit. The report is streamed one file entry at a time: what
 * `--show-contexts` adds (every test that ran each line) is read and dropped, never kept.
 */
async function readCoverageJson(path, paths) {
    let branchData = false;
    const files = new Map();
    const notAnObject = () => new FileError(path, 'has no "files" object; expected the report `coverage json` writes');
    // A file's fields arrive one after another; the entry is complete when the next file's start.
    let current;
    const flush = () => {
        if (current !== undefined)
            files.set(paths.resolve(current.name), readFileEntry(path, current.name, current.fields));
        current = undefined;
    };
    await streamJsonReport(path, 'coverage-json', 'coverage.py JSON', 'coverage', ['$.meta', ...FILE_FIELDS.map((field) => `$.files.*.${field}`)], ({ value, key, parentKey, inArray }) => {
        if (parentKey === undefined) {
            branchData = value?.branch_coverage === true;
            return;
        }
        if (inArray || typeof parentKey === 'number')
            throw notAnObject();
        if (current?.name !== parentKey) {
            flush();
            current = { name: parentKey, fields: {} };
        }
        current.fields[String(key)] = value;
    });
    flush();
    // No file entry: "files" must still be there, as an object (coverage.py writes it after the short "meta").
    if (files.size === 0 && !/"files"\s*:\s*\{/.test(await readReportHead(path)))
        throw notAnObject();
    return { path, format: 'coverage-json', branchData, files };
}
/** The fields of a file entry that are read; the rest (`contexts`, which can be most of the file) is never built. */
const FILE_FIELDS = ['executed_lines', 'missing_lines', 'excluded_lines', 'executed_branches', 'missing_branches', 'summary'];
function readFileEntry(path, name, value) {
    const lines = (key) => {
        const list = value[key];
        if (list === undefined)
            return [];
        if (!Array.isArray(list) || !list.every((item) => Number.isInteger(item)))
            throw new FileError(path, `"${name}".${key} must be a list of line numbers`);
        return list;
    };
    const missing = new Set(lines('missing_lines'));
    const excluded = new Set(lines('excluded_lines'));
    const executed = new Set(lines('executed_lines').filter((line) => !excluded.has(line)));
    const declared = value.summary?.num_statements;
    const statements = typeof declared === 'number' ? declared : missing.size + executed.size;
    const branches = new Map();
    const arcs = (key) => {
        const list = value[key];
        if (list === undefined)
            return [];
        if (!Array.isArray(list) || !list.every((arc) => Array.isArray(arc) && arc.length === 2))
            throw new FileError(path, `"${name}".${key} must be a list of [from, to] arcs`);
        return list;
    };
    for (const [from] of arcs('executed_branches')) {
        const point = branches.get(String(from)) ?? { total: 0, missing: new Set() };
        point.total++;
        branches.set(String(from), point);
    }
    for (const [from, to] of arcs('missing_branches')) {
        const point = branches.get(String(from)) ?? { total: 0, missing: new Set() };
        point.total++;
        point.missing.add(normalizeExit(to));
        branches.set(String(from), point);
    }
    const points = new Map();
    for (const [line, point] of branches)
        points.set(line, { total: point.total, covered: point.total - point.missing.size, missing: point.missing });
    const numBranches = value.summary?.num_branches;
    const coveredBranches = value.summary?.covered_branches;
    return {
        statements,
        missing,
        executed,
        branches: points,
        ...(typeof numBranches === 'number' && typeof coveredBranches === 'number' ? { declaredBranches: { total: numBranches, covered: coveredBranches } } : {}),
    };
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/read-lcov.ts




/**
 * Reads an lcov tracefile (geninfo(1) format: `SF:`, `DA:line,hits`, `LF:`, `BRDA:line,block,
 * branch,taken`, `end_of_record`), as coverage.py's `coverage lcov`, gcov/lcov, istanbul and
 * c8 write it. Statements are `LF` when given (coverage.py writes a `DA` for a docstring line it
 * does not count), else the `DA` lines; each `BRDA` is one branch exit, `-` or 0 not taken.
 * Streamed line by line.
 */
async function readLcov(path, paths) {
    const kind = await detectReportKind(path);
    if (kind !== 'lcov')
        throw wrongKindError(path, kind, 'lcov', 'coverage');
    const files = new Map();
    let branchData = false;
    let source;
    let lines = new Map();
    let branches = new Map();
    let declaredLines;
    let number = 0;
    const finish = () => {
        if (source === undefined)
            return;
        const missing = new Set();
        const executed = new Set();
        for (const [line, covered] of lines)
            (covered ? executed : missing).add(line);
        const key = paths.resolve(source);
        const earlier = files.get(key);
        const file = { statements: declaredLines ?? lines.size, missing, executed, branches };
        // A file twice in one tracefile (several test names): merge as legs are merged.
        files.set(key, earlier === undefined ? file : mergeRecords(earlier, file));
        source = undefined;
    };
    const input = (0,external_node_fs_namespaceObject.createReadStream)(path, { encoding: 'utf8' });
    try {
        for await (const raw of (0,external_node_readline_namespaceObject.createInterface)({ input, crlfDelay: Infinity })) {
            number++;
            const line = raw.trim();
            if (line === '' || line === 'TN:' || line.startsWith('TN:'))
                continue;
            const colon = line.indexOf(':');
            const tag = colon === -1 ? line : line.slice(0, colon);
            const value = colon === -1 ? '' : line.slice(colon + 1);
            switch (tag) {
                case 'SF':
                    finish();
                    source = value;
                    lines = new Map();
                    branches = new Map();
                    declaredLines = undefined;
                    break;
                case 'DA': {
                    const [at, hits] = value.split(',');
                    const lineNumber = Number.parseInt(at ?? '', 10);
                    if (source === undefined || !Number.isFinite(lineNumber))
                        throw new FileError(path, `DA outside a record, or without a line number: ${JSON.stringify(raw)}`, number);
                    lines.set(lineNumber, (lines.get(lineNumber) ?? false) || Number.parseFloat(hits ?? '0') > 0);
                    break;
                }
                case 'LF':
                    declaredLines = Number.parseInt(value, 10);
                    if (!Number.isFinite(declaredLines))
                        throw new FileError(path, `LF is not a number: ${JSON.stringify(raw)}`, number);
                    break;
                case 'BRDA': {
                    const [at, block, branch, taken] = value.split(',');
                    if (source === undefined || at === undefined || block === undefined || branch === undefined || taken === undefined) {
                        throw new FileError(path, `BRDA needs line,block,branch,taken: ${JSON.stringify(raw)}`, number);
                    }
                    branchData = true;
                    branches.set(`${at}:${block}:${branch}`, { total: 1, covered: taken !== '-' && Number.parseFloat(taken) > 0 ? 1 : 0 });
                    break;
                }
                case 'end_of_record':
                    finish();
                    break;
                default:
                // FN, FNDA, FNF, FNH, LH, BRF, BRH, VER: functions are not gated; the totals are recomputed.
            }
        }
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new FileError(path, 'does not exist', undefined, { cause: error });
        throw error;
    }
    if (source !== undefined)
        throw new FileError(path, `ends inside the record of ${source} (no end_of_record): the file is truncated`, number);
    return { path, format: 'lcov', branchData, files };
}
function mergeRecords(a, b) {
    const missing = new Set([...a.missing, ...b.missing].filter((line) => !a.executed.has(line) && !b.executed.has(line)));
    const branches = new Map(a.branches);
    for (const [key, point] of b.branches) {
        const earlier = branches.get(key);
        branches.set(key, earlier === undefined ? point : { total: 1, covered: Math.max(earlier.covered, point.covered) });
    }
    return { statements: Math.max(a.statements, b.statements), missing, executed: new Set([...a.executed, ...b.executed]), branches };
}

;// CONCATENATED MODULE: ./packages/core/src/benchmark/benchmark-units.ts
// github-action-benchmark's time units (canonicalizeUnit: µs and μs are us), and the spellings tools print.
const TIME_UNITS = {
    s: 1,
    sec: 1,
    secs: 1,
    second: 1,
    seconds: 1,
    ms: 1e-3,
    msec: 1e-3,
    millisecond: 1e-3,
    milliseconds: 1e-3,
    us: 1e-6,
    usec: 1e-6,
    microsecond: 1e-6,
    microseconds: 1e-6,
    ns: 1e-9,
    nsec: 1e-9,
    nanosecond: 1e-9,
    nanoseconds: 1e-9,
};
const timeFactor = (unit) => TIME_UNITS[unit.trim().toLowerCase().replace(/[µμ]s/g, 'us').replace(/[µμ]sec/g, 'usec')];
/**
 * Reads a unit: a time (`ns`, `us`/`µs`, `ms`, `s`, also per iteration: `ns/iter`, `ms/op`) converts to seconds;
 * a rate (anything per time: `ops/s`, `iter/sec`, `MB/ms`) converts to per second and is bigger-is-better; any
 * other unit (`Megabytes`, `Percent`) is compared as written, smaller being better (github-action-benchmark's
 * customSmallerIsBetter).
 */
function parseUnit(unit) {
    const written = unit.trim();
    const direct = timeFactor(written);
    if (direct !== undefined)
        return { quantity: 'time', canonical: 's', factor: direct };
    const slash = written.lastIndexOf('/');
    if (slash > 0) {
        const numerator = written.slice(0, slash).trim();
        const denominator = written.slice(slash + 1).trim();
        const perTime = timeFactor(denominator);
        const numeratorTime = timeFactor(numerator);
        // `ns/iter`: a time per iteration. `ops/s`: a rate.
        if (numeratorTime !== undefined && perTime === undefined)
            return { quantity: 'time', canonical: 's', factor: numeratorTime };
        if (perTime !== undefined && numeratorTime === undefined && numerator !== '') {
            return { quantity: 'throughput', canonical: `${canonicalCount(numerator)}/s`, factor: 1 / perTime };
        }
    }
    return { quantity: 'other', canonical: written, factor: 1 };
}
/** `ops`, `op`, `iter`, `iterations`, `calls` all count operations: one spelling, so `iter/sec` and `ops/s` compare. */
function canonicalCount(numerator) {
    return /^(ops?|iters?|iterations?|calls?|runs?|times?)$/i.test(numerator) ? 'ops' : numerator;
}
/** Whether two canonical units are the same (other units compare case-insensitively: `MB` is `mb`). */
function sameUnit(a, b) {
    return a.quantity === b.quantity && a.canonical.toLowerCase() === b.canonical.toLowerCase();
}
const DURATION_STEPS = [
    [1, 's'],
    [1e-3, 'ms'],
    [1e-6, 'µs'],
    [1e-9, 'ns'],
];
/** Three significant digits, no exponent: 1.52, 15.2, 152, 1520 (for values past the largest unit). */
function significant(value) {
    const magnitude = Math.abs(value);
    if (magnitude === 0)
        return '0';
    const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return value.toFixed(digits);
}
/** Seconds in the most readable unit: `843 ns`, `15.2 µs`, `1.52 ms`, `2.10 s`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return String(seconds);
    const magnitude = Math.abs(seconds);
    for (const [size, name] of DURATION_STEPS) {
        if (magnitude >= size || size === 1e-9)
            return `${significant(seconds / size)} ${name}`;
    }
    return `${significant(seconds)} s`;
}
/** A rate per second with an SI prefix, as pytest-benchmark's table shows `OPS (Kops/s)`: `1.23 Kops/s`. */
function formatRate(perSecond, what = 'ops') {
    if (!Number.isFinite(perSecond))
        return String(perSecond);
    const magnitude = Math.abs(perSecond);
    for (const [size, prefix] of [
        [1e9, 'G'],
        [1e6, 'M'],
        [1e3, 'K'],
    ]) {
        if (magnitude >= size)
            return `${significant(perSecond / size)} ${prefix}${what}/s`;
    }
    return `${significant(perSecond)} ${what}/s`;
}
/** A compared value in its most readable form. */
function formatBenchmarkValue(value, quantity, unit) {
    if (quantity === 'time')
        return formatDuration(value);
    if (quantity === 'throughput')
        return formatRate(value, unit.replace(/\/s$/, ''));
    return `${significant(value)} ${unit}`;
}
/** `+25.3%`, `−12.0%`; the sign always written when `signed`. */
function formatPercent(fraction, signed) {
    const percent = fraction * 100;
    const digits = Math.abs(percent) >= 100 ? 0 : 1;
    const text = `${Math.abs(percent).toFixed(digits)}%`;
    if (!signed)
        return text;
    return `${percent < 0 ? '−' : '+'}${text}`;
}
/** `20%`, `7.5%`: the threshold as the input wrote it. */
function formatThreshold(fraction) {
    return `${Number((fraction * 100).toFixed(2))}%`;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/coverage/coverage-model.ts
/**
 * Merges every report by file and line: a statement is covered when any report covered it (the
 * missing statements are those missing in every report that has the file); a branch exit is
 * taken when any report took it. Exact for statements, and for branches when the reports name the
 * exits they missed (coverage.py's JSON and XML) or number exits alike (lcov); otherwise a branch
 * point counts the most exits any one report covered, a lower bound.
 */
function mergeCoverage(reports) {
    const byFile = new Map();
    for (const report of reports) {
        for (const [path, file] of report.files) {
            const list = byFile.get(path);
            if (list === undefined)
                byFile.set(path, [file]);
            else
                list.push(file);
        }
    }
    const merged = new Map();
    for (const [path, files] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        merged.set(path, mergeFile(path, files));
    }
    return merged;
}
function mergeFile(path, files) {
    const first = files[0];
    if (files.length === 1) {
        const { total, covered } = first.declaredBranches ?? sumBranches(first.branches.values());
        return {
            path,
            statements: first.statements,
            missing: first.missing,
            measured: union([first.missing, first.executed]),
            branches: total,
            coveredBranches: covered,
            approximateBranchPoints: 0,
            reports: 1,
        };
    }
    let missing = new Set(first.missing);
    for (const file of files.slice(1))
        missing = new Set([...missing].filter((line) => file.missing.has(line)));
    const points = new Map();
    for (const file of files) {
        for (const [key, point] of file.branches) {
            const list = points.get(key);
            if (list === undefined)
                points.set(key, [point]);
            else
                list.push(point);
        }
    }
    let branches = 0;
    let coveredBranches = 0;
    let approximate = 0;
    for (const list of points.values()) {
        const total = Math.max(...list.map((point) => point.total));
        if (list.length === 1) {
            branches += total;
            coveredBranches += list[0].covered;
        }
        else if (list.every((point) => point.missing !== undefined && point.total === total)) {
            let notTaken = new Set(list[0]?.missing);
            for (const point of list.slice(1))
                notTaken = new Set([...notTaken].filter((exit) => point.missing?.has(exit)));
            branches += total;
            coveredBranches += total - notTaken.size;
        }
        else {
            branches += total;
            const best = Math.max(...list.map((point) => point.covered));
            coveredBranches += best;
            if (best < total && list.some((point) => point.covered > 0))
                approximate++;
        }
    }
    return {
        path,
        statements: Math.max(...files.map((file) => file.statements)),
        missing,
        measured: union(files.flatMap((file) => [file.missing, file.executed])),
        branches,
        coveredBranches,
        approximateBranchPoints: approximate,
        reports: files.length,
    };
}
function sumBranches(points) {
    let total = 0;
    let covered = 0;
    for (const point of points) {
        total += point.total;
        covered += point.covered;
    }
    return { total, covered };
}
function union(sets) {
    const all = new Set();
    for (const set of sets)
        for (const value of set)
            all.add(value);
    return all;
}
/** Sums the merged files as coverage.py's `Numbers.__add__` does. */
function totalCoverage(files, branchData) {
    let count = 0;
    let statements = 0;
    let missing = 0;
    let branches = 0;
    let coveredBranches = 0;
    let approximateBranchPoints = 0;
    for (const file of files) {
        count++;
        statements += file.statements;
        missing += Math.min(file.missing.size, file.statements);
        branches += file.branches;
        coveredBranches += file.coveredBranches;
        approximateBranchPoints += file.approximateBranchPoints;
    }
    return { files: count, statements, missing, branches: branchData ? branches : 0, coveredBranches: branchData ? coveredBranches : 0, branchData, approximateBranchPoints };
}
/**
 * coverage.py's `Numbers.ratio_covered` (coverage/results.py): executed statements plus executed
 * branches over statements plus branches. Integers, so a threshold can be checked exactly.
 */
function ratioCovered(totals) {
    return { numerator: totals.statements - totals.missing + totals.coveredBranches, denominator: totals.statements + totals.branches };
}
/** coverage.py's `Numbers.pc_covered`: 100.0 when there are no statements. */
function percentCovered(totals) {
    if (totals.statements <= 0)
        return 100;
    const { numerator, denominator } = ratioCovered(totals);
    return (100 * numerator) / denominator;
}
/**
 * coverage.py's `display_covered(pc, precision)` (coverage/results.py): rounded to `precision`
 * digits, except that rounding never shows 0 for a value above 0 nor 100 for a value below 100
 * (`near0 = 1 / 10**precision`).
 */
function displayCovered(pc, precision) {
    const near0 = 1 / 10 ** precision;
    if (pc > 0 && pc < near0)
        return near0.toFixed(precision);
    if (pc > 100 - near0 && pc < 100)
        return (100 - near0).toFixed(precision);
    return pythonRound(pc, precision);
}
/**
 * Python's `round(x, n)` as text: the exact binary value rounded, ties to even. `toFixed` rounds
 * the exact binary value too, but ties away from zero; a tie is only possible when the scaled
 * value is a half exactly.
 */
function pythonRound(value, precision) {
    const scaled = value * 10 ** precision;
    if (Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
        const floor = Math.floor(scaled);
        const even = floor % 2 === 0 ? floor : floor + 1;
        return (even / 10 ** precision).toFixed(precision);
    }
    return value.toFixed(precision);
}
/**
 * Whether `numerator / denominator` (as a percent) is at least `threshold`, exactly: no rounding
 * can make a total pass (coverage.py's `should_fail_under` compares the rounded total; this does
 * not). `threshold` is a decimal written in an input (`80`, `80.5`).
 */
function meetsPercent(numerator, denominator, threshold) {
    if (denominator <= 0)
        return true;
    // threshold as an exact fraction of integers: 80.55 → 8055 / 100.
    const [whole = '0', fraction = ''] = String(threshold).split('.');
    const scale = 10 ** fraction.length;
    const thresholdScaled = BigInt(whole) * BigInt(scale) + BigInt(fraction === '' ? '0' : fraction);
    return BigInt(100) * BigInt(numerator) * BigInt(scale) >= thresholdScaled * BigInt(denominator);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/gate/test-code-table.ts

/**
 * Test ids → outcome codes (0–255), in the order the ids were first set: what a JUnit report
 * holds by the hundred thousand, with a Map's reading interface. Setting 200,000 fresh ids of
 * ~100 characters in a V8 Map took ~0.18 s here, against ~0.07 s to keep the same ids in an array
 * (Node 24, bench/quality-gate.bench.mjs's report), ~0.06 s of it the Map hashing each new
 * string. Here the ids are an
 * array, their codes and hashes typed arrays, and an open-addressing table of indices (linear
 * probing, at most half full) finds them: reading that report takes ~15% less. Codes are never
 * removed.
 */
class TestCodeTable {
    #ids = [];
    #codes;
    #hashes;
    /** Per slot: the index of an id plus one, 0 when empty; at most half full. */
    #slots;
    /** `expected`: about how many ids it will hold (room for them is made at once, not by growing). */
    constructor(expected = 0) {
        let capacity = INITIAL_CAPACITY;
        while (capacity < expected && capacity < MAX_INITIAL_CAPACITY)
            capacity *= 2;
        this.#codes = new Uint8Array(capacity);
        this.#hashes = new Int32Array(capacity);
        this.#slots = new Int32Array(capacity * 2);
    }
    /** A table of the given entries, in their order (a later duplicate id sets the code again). */
    static from(entries) {
        const table = new TestCodeTable();
        for (const [id, code] of entries)
            table.set(id, code);
        return table;
    }
    get size() {
        return this.#ids.length;
    }
    get(id) {
        const index = this.#find(id, hashOf(id));
        return index < 0 ? undefined : this.#codes[index];
    }
    has(id) {
        return this.#find(id, hashOf(id)) >= 0;
    }
    /** The string this table keeps for `id` (the one first set), or undefined when it has none. */
    idOf(id) {
        const index = this.#find(id, hashOf(id));
        return index < 0 ? undefined : this.#ids[index];
    }
    /** Sets the code of `id` (an integer 0–255), adding it at the end when it is new. */
    set(id, code) {
        const hash = hashOf(id);
        const index = this.#find(id, hash);
        if (index >= 0)
            this.#codes[index] = code;
        else
            this.#add(id, code, hash, ~index);
        return this;
    }
    /** Adds `id` with `code` unless it is there: then returns its code, unchanged (one lookup for both). */
    addIfAbsent(id, code) {
        const hash = hashOf(id);
        const index = this.#find(id, hash);
        if (index >= 0)
            return this.#codes[index];
        this.#add(id, code, hash, ~index);
        return undefined;
    }
    /**
     * Merges `other` in, in its order: an id new here is added with its code, and a known one whose
     * code differs gets `merge(code here, its code)`. From another TestCodeTable, its ids' hashes are
     * reused (a matrix leg's ids are not hashed again).
     */
    mergeFrom(other, merge) {
        if (!(other instanceof TestCodeTable)) {
            for (const [id, code] of other) {
                const mine = this.get(id);
                if (mine === undefined || mine !== code)
                    this.set(id, mine === undefined ? code : merge(mine, code));
            }
            return;
        }
        const ids = other.#ids;
        for (let index = 0; index < ids.length; index++) {
            const id = ids[index];
            const code = other.#codes[index];
            const hash = other.#hashes[index];
            const found = this.#find(id, hash);
            if (found < 0)
                this.#add(id, code, hash, ~found);
            else if (this.#codes[found] !== code)
                this.#codes[found] = merge(this.#codes[found], code);
        }
    }
    forEach(callback, thisArg) {
        const ids = this.#ids;
        for (let index = 0; index < ids.length; index++)
            callback.call(thisArg, this.#codes[index], ids[index], this);
    }
    *entries() {
        const ids = this.#ids;
        for (let index = 0; index < ids.length; index++)
            yield [ids[index], this.#codes[index]];
    }
    keys() {
        return this.#ids.values();
    }
    values() {
        return this.#codes.subarray(0, this.#ids.length).values();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    get [Symbol.toStringTag]() {
        return 'TestCodeTable';
    }
    /** The index of `id`, or the bitwise complement of the empty slot where it would go. */
    #find(id, hash) {
        const slots = this.#slots;
        const mask = slots.length - 1;
        for (let slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot];
            if (entry === 0)
                return ~slot;
            if (this.#hashes[entry - 1] === hash && this.#ids[entry - 1] === id)
                return entry - 1;
        }
    }
    #add(id, code, hash, slot) {
        const index = this.#ids.length;
        if (index === this.#codes.length) {
            const codes = new Uint8Array(index * 2);
            codes.set(this.#codes);
            this.#codes = codes;
            const hashes = new Int32Array(index * 2);
            hashes.set(this.#hashes);
            this.#hashes = hashes;
        }
        this.#ids.push(id);
        this.#codes[index] = code;
        this.#hashes[index] = hash;
        this.#slots[slot] = index + 1;
        if ((index + 1) * 2 > this.#slots.length)
            this.#grow();
    }
    /** Doubles the slots and places every id again (its hash is kept: no id is read). */
    #grow() {
        const slots = new Int32Array(this.#slots.length * 2);
        const mask = slots.length - 1;
        const hashes = this.#hashes;
        for (let index = 0; index < this.#ids.length; index++) {
            let slot = spread(hashes[index]) & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = index + 1;
        }
        this.#slots = slots;
    }
}
const INITIAL_CAPACITY = 1024;
// Room made at once is at most 3.3 MB (codes, hashes, slots): a big report of few tests (a
// captured log) costs no more than that, and a bigger table grows as ids come.
const MAX_INITIAL_CAPACITY = 1 << 18;
// The id hashed last, and its hash: an id is often looked up in two tables in a row (a matrix
// leg's id in the ids of the legs before, then in its own report), or got and then set.
// The offset basis is FNV's xor a random number drawn once a process: ids written to collide
// (a report is a pull request's to shape) would turn linear probing quadratic; ids that collide
// under FNV's published basis miss under another. V8 seeds its own string hashes for the same
// reason. (A mitigation, not a keyed hash: FNV is no SipHash.)
const BASIS = (0x811c9dc5 ^ (0,external_node_crypto_.randomInt)(0x7fffffff)) | 0;
let lastId = '';
let lastHash = BASIS;
/** FNV-1a over the UTF-16 code units (an id's characters are nearly always ASCII), from a random basis. */
function hashOf(id) {
    if (id === lastId)
        return lastHash;
    let hash = BASIS;
    for (let index = 0; index < id.length; index++)
        hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
    lastId = id;
    lastHash = hash;
    return hash;
}
/** murmur3's finalizer: FNV's low bits, which pick the slot, depend on every bit of the hash. */
function spread(hash) {
    let h = hash ^ (hash >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}

;// CONCATENATED MODULE: ./packages/core/src/gate/read-junit.ts




/** Outcome codes as stored per test (compact: a report may hold hundreds of thousands). */
const OUTCOME_CODES = { passed: 0, skipped: 1, failed: 2, errored: 3 };
const OUTCOMES = ['passed', 'skipped', 'failed', 'errored'];
/** Set in a stored code when the test failed on an attempt and then passed (flaky). */
const FLAKY_BIT = 4;
/** Decodes a stored outcome code. */
function outcomeOf(code) {
    return OUTCOMES[code & 3];
}
const read_junit_MESSAGE_LIMIT = 1000;
const TEXT_LIMIT = 2000;
/** {@link testId}'s parts, reused. */
const ID_PARTS = ['', '', ''];
/**
 * The id that identifies a test across reports: its file (when the report gives one), class and
 * name. Windows legs write `tests\test_x.py`: separators are normalized so the legs agree.
 */
function testId(classname, name, file) {
    // Built from slices of the report's text by `+`, the id would keep every chunk of a big report
    // alive (V8 slices and concatenations point into their parents); join writes one string of its
    // own, so a report's memory is its tests, not its bytes, and a test costs one string, not a
    // chain of them. The array is reused (a test case allocates its id, no array besides), and
    // emptied after, so that it keeps no slice alive.
    ID_PARTS[0] = file === undefined ? '' : read_junit_toSlashes(file);
    ID_PARTS[1] = classname;
    ID_PARTS[2] = name;
    const id = ID_PARTS.join('::');
    ID_PARTS[0] = ID_PARTS[1] = ID_PARTS[2] = '';
    return id;
}
function read_junit_toSlashes(path) {
    return path.includes('\\') ? path.replace(/\\/g, '/') : path;
}
/**
 * Reads a JUnit XML report as pytest (`--junitxml`, xunit1 and xunit2), unittest-xml-reporting,
 * jest-junit, Maven Surefire, Gradle, gotestsum, bazel and mocha write it: `testsuites` or a
 * single `testsuite` root, suites nested or not.
 *
 * A test case passes unless it holds `error` (errored), `failure` (failed) or `skipped` (pytest's
 * xfail too); with several, an error wins, then a failure. Surefire's and Gradle's reruns: a
 * passing case with `flakyFailure`/`flakyError` passed on a rerun (flaky); `rerunFailure`/
 * `rerunError` beside a `failure` are earlier failed attempts (still failed). A test case that
 * appears several times in one report is one test: its last appearance decides, and each earlier
 * one (failed, errored, or empty: passed) is a failed attempt, so a test that passes at last is
 * flaky. pytest-rerunfailures writes its attempts that way: since #347 (16.6.1) each failed attempt
 * is an empty test case before the last; before it (10.2 in Debian 12, up to 16.6), only a failed
 * teardown leaves one, and a failed call or setup leaves no trace at all (pytest's junitxml ignores
 * "rerun" reports: pytest-dev/pytest-rerunfailures#170), so such a rerun reads as a plain pass. A
 * tool that runs passing tests twice into one report (`go test -count=2`) has them listed as flaky.
 *
 * A suite that gives counts but no test cases is kept as counts. The file is streamed.
 */
async function readJunit(path, options = {}) {
    const known = options.knownIds;
    // One string per test however many reports name it: a matrix of legs keeps one copy of each id.
    const own = known === undefined ? (id) => id : (id) => {
        const first = known.idOf(id);
        if (first !== undefined)
            return first;
        known.addIfAbsent(id, 0);
        return id;
    };
    const kind = await detectReportKind(path);
    if (kind !== 'junit')
        throw wrongKindError(path, kind, 'JUnit XML', 'junit');
    // Room for the tests at once, one per 128 bytes of the file (a passing pytest test case is ~150).
    const tests = new TestCodeTable(Math.ceil((0,external_node_fs_namespaceObject.statSync)(path).size / 128));
    const details = new Map();
    const countedSuites = [];
    const suites = [];
    let current;
    let inCase = 0;
    let captureText = false;
    const startCase = (classname, name, file, line) => {
        for (const suite of suites)
            suite.hasContent = true;
        // pytest writes its Item.location, 0-based (_pytest/_code/code.py getfslineno: "The line number
        // is 0-based"), in the suite it names "pytest"; annotations want 1-based lines.
        const base = suites.at(-1)?.name === 'pytest' ? 1 : 0;
        const parsedLine = line === undefined ? undefined : Number.parseInt(line, 10) + base;
        return {
            id: own(testId(classname, name, file)),
            // What a fast element's reader hands over is cut from the chunk: kept, it would keep it alive.
            classname: ownString(classname),
            name: ownString(name),
            file: file === undefined ? undefined : ownString(read_junit_toSlashes(file)),
            line: parsedLine !== undefined && Number.isFinite(parsedLine) && parsedLine > 0 ? parsedLine : undefined,
            outcome: OUTCOME_CODES.passed,
            message: undefined,
            text: '',
            failedAttempts: 0,
            capture: false,
        };
    };
    const finishCase = (test) => {
        let code = test.outcome;
        let failedAttempts = test.failedAttempts;
        const earlier = tests.get(test.id);
        if (earlier !== undefined) {
            // The same test again in one report: a rerun. The last attempt decides. An earlier
            // appearance that failed, or that passed, was an attempt that did not count: pytest's
            // junitxml drops pytest-rerunfailures' "rerun" reports, so a failed attempt it closes is
            // an empty test case (reports/reruns-*.xml). Only a skip is no attempt.
            const attempt = (earlier & 3) !== OUTCOME_CODES.skipped ? 1 : 0;
            failedAttempts += (details.get(test.id)?.failedAttempts ?? 0) + attempt;
            if (code === OUTCOME_CODES.passed && (attempt === 1 || (earlier & FLAKY_BIT) !== 0))
                code |= FLAKY_BIT;
        }
        else if (code === OUTCOME_CODES.passed && failedAttempts > 0) {
            code |= FLAKY_BIT;
        }
        tests.set(test.id, code);
        if (code === OUTCOME_CODES.passed) {
            if (earlier !== undefined)
                details.delete(test.id);
            return;
        }
        // The traceback places a failure where it happened (the assert, the fixture's raise): better
        // for an annotation than the test's own line, when it is in the test's file.
        const traced = test.text === '' ? undefined : locationFromTraceback(test.text);
        const location = traced !== undefined && (test.file === undefined || traced.file === test.file) ? traced : undefined;
        details.set(test.id, {
            classname: test.classname,
            name: test.name,
            ...(test.file !== undefined ? { file: test.file } : location !== undefined ? { file: location.file } : {}),
            ...(location !== undefined ? { line: location.line } : test.line !== undefined ? { line: test.line } : {}),
            ...(test.message !== undefined && test.message !== '' ? { message: test.message } : {}),
            ...(test.text.trim() !== '' ? { text: test.text.trim() } : {}),
            failedAttempts,
            report: path,
        });
    };
    await streamXml(path, {
        open(name, attributes) {
            if (name === 'testsuite') {
                for (const suite of suites)
                    suite.hasContent = true;
                suites.push({ name: attributes.name ?? '', attributes, hasContent: false });
                return;
            }
            if (name === 'testcase') {
                if (inCase++ === 0)
                    current = startCase(attributes.classname ?? '', attributes.name ?? '', attributes.file, attributes.line);
                return;
            }
            if (current === undefined || inCase !== 1)
                return;
            const test = current;
            const resultCode = RESULT_ELEMENTS[name];
            if (resultCode === undefined)
                return;
            if (resultCode === 'flaky') {
                test.failedAttempts++;
                return;
            }
            if (resultCode === 'rerun') {
                test.failedAttempts++;
                return;
            }
            if (resultCode > test.outcome) {
                test.outcome = resultCode;
                const message = attributes.message ?? attributes.type;
                test.message = message === undefined ? undefined : message.slice(0, read_junit_MESSAGE_LIMIT);
                test.text = '';
                captureText = resultCode !== OUTCOME_CODES.skipped || test.message === undefined;
            }
            else {
                captureText = false;
            }
        },
        close(name) {
            if (name === 'testsuite') {
                const suite = suites.pop();
                if (suite !== undefined && !suite.hasContent) {
                    const count = (key) => {
                        const value = Number.parseInt(suite.attributes[key] ?? '0', 10);
                        return Number.isFinite(value) && value > 0 ? value : 0;
                    };
                    const total = count('tests');
                    if (total > 0) {
                        countedSuites.push({ name: suite.name, tests: total, failed: count('failures'), errored: count('errors'), skipped: Math.max(count('skipped'), count('skips'), count('disabled')) });
                    }
                }
                return;
            }
            if (name === 'testcase') {
                if (--inCase === 0 && current !== undefined) {
                    finishCase(current);
                    current = undefined;
                }
                return;
            }
            if (RESULT_ELEMENTS[name] !== undefined)
                captureText = false;
        },
        text(text) {
            if (current !== undefined && current.text.length < TEXT_LIMIT)
                current.text = (current.text + text).slice(0, TEXT_LIMIT);
        },
        wantsText: () => captureText,
    }, {
        fastElements: [
            {
                name: 'testcase',
                attributes: ['classname', 'name', 'file', 'line'],
                ignored: ['time', 'timestamp', 'assertions', 'status', 'result'],
                read: (values) => {
                    if (inCase !== 0)
                        return;
                    // The common case, without an object per test: a new test that passed.
                    const id = own(testId(values[0] ?? '', values[1] ?? '', values[2]));
                    if (suites.length > 0 && suites[suites.length - 1]?.hasContent !== true)
                        for (const suite of suites)
                            suite.hasContent = true;
                    if (tests.addIfAbsent(id, OUTCOME_CODES.passed) !== undefined)
                        finishCase(startCase(values[0] ?? '', values[1] ?? '', values[2], values[3]));
                },
            },
        ],
        maxTextLength: 64 * 1024,
    });
    return { path, tests, details, countedSuites };
}
/** The child elements of a test case that say how it went. */
const RESULT_ELEMENTS = {
    error: OUTCOME_CODES.errored,
    failure: OUTCOME_CODES.failed,
    skipped: OUTCOME_CODES.skipped,
    flakyFailure: 'flaky',
    flakyError: 'flaky',
    rerunFailure: 'rerun',
    rerunError: 'rerun',
};
/**
 * pytest's xunit2 reports (its default) have no `file`/`line` attributes; its tracebacks end with
 * `tests/test_x.py:24: AssertionError`, which places the failure.
 */
function locationFromTraceback(text) {
    const lines = text.trim().split('\n');
    for (let index = lines.length - 1; index >= 0 && index >= lines.length - 3; index--) {
        const match = /^([^\s:][^:]*\.\w+):(\d+): \S/.exec(lines[index]?.trim() ?? '');
        if (match?.[1] !== undefined && match[2] !== undefined && !match[1].startsWith('/'))
            return { file: match[1].replace(/\\/g, '/'), line: Number(match[2]) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/evaluate-gate.ts






const RANK = { low: 0, medium: 1, high: 2 };
/**
 * Pure: the verdict. Tests are merged over every report by id (class, name and file): a test
 * with results in several reports is errored if any errored, else failed if any failed, else
 * passed if any passed, else skipped. Each suite's pass rate is passed / (passed + failed +
 * errored) and must reach its threshold exactly (never rounded up); a suite where no test ran
 * fails. Coverage is merged by file and line and totalled as coverage.py does; diff coverage as
 * diff-cover does; findings, vulnerabilities, lint errors and benchmark regressions fail.
 */
function evaluateGate(reports, thresholds) {
    const rows = [];
    const notes = [];
    // --- Tests -------------------------------------------------------------------------------
    const allSuites = new Map();
    let all = allSuites;
    const allDetails = new Map();
    const suites = [];
    const allCounted = [];
    for (const suite of reports.testSuites) {
        const merged = mergeTests(suite.reports);
        allCounted.push(...merged.counted);
        const totals = countTests(merged.codes, merged.counted);
        suites.push({ name: suite.name, totals, reports: suite.reports.length });
        if (reports.testSuites.length === 1)
            all = merged.codes;
        else
            for (const [id, code] of merged.codes)
                allSuites.set(id, allSuites.has(id) ? mergeCodes(allSuites.get(id), code) : code);
        for (const [id, detail] of merged.details)
            if (!allDetails.has(id))
                allDetails.set(id, { ...detail, suite: suite.name });
        const threshold = thresholds.minPassRate(suite.name);
        const executed = totals.passed + totals.failed + totals.errored;
        const label = suite.name === undefined ? 'Tests' : `Suite ${suite.name}`;
        if (executed === 0) {
            rows.push({ id: `tests:${suite.name ?? ''}`, gate: label, threshold: `≥ ${threshold}% passed`, actual: totals.skipped > 0 ? `no test ran (${totals.skipped} skipped)` : 'no tests', status: 'fail', unit: 'percent', min: threshold });
        }
        else {
            const ok = meetsPercent(totals.passed, executed, threshold);
            rows.push({
                id: `tests:${suite.name ?? ''}`,
                gate: label,
                threshold: `≥ ${threshold}% passed`,
                actual: `${formatCoveragePercent(totals.passRate ?? 0, threshold, ok)}% (${totals.passed}/${executed}${totals.failed + totals.errored > 0 ? `; ${totals.failed} failed, ${totals.errored} errored` : ''})`,
                status: ok ? 'pass' : 'fail',
                unit: 'percent',
                value: totals.passRate ?? 0,
                min: threshold,
            });
        }
    }
    const tests = countTests(all, allCounted);
    const listed = [...allDetails].map(([id, detail]) => {
        const code = all.get(id) ?? 0;
        return { ...detail, outcome: outcomeOf(code), flaky: (code & FLAKY_BIT) !== 0 && (code & 3) === OUTCOME_CODES.passed };
    });
    const failingTests = sortTests(listed.filter((test) => test.outcome === 'errored' || test.outcome === 'failed'));
    const flakyTests = sortTests(listed.filter((test) => test.flaky));
    // --- Coverage ------------------------------------------------------------------------------
    let coverage;
    let diffCoverage;
    if (reports.coverage !== undefined) {
        const merged = mergeCoverage(reports.coverage);
        const branchData = reports.coverage.some((report) => report.branchData);
        const totals = totalCoverage(merged.values(), branchData);
        const percent = percentCovered(totals);
        coverage = { ...totals, percent, display: displayCovered(percent, 2), reports: reports.coverage.length };
        if (totals.approximateBranchPoints > 0) {
            notes.push(`${totals.approximateBranchPoints} branch point(s) were merged by their best report: those reports do not name the exits they missed, so the merged branch total is a lower bound.`);
        }
        if (thresholds.minCoverage !== undefined) {
            const { numerator, denominator } = ratioCovered(totals);
            const ok = totals.statements > 0 && meetsPercent(numerator, denominator, thresholds.minCoverage);
            rows.push({
                id: 'coverage',
                gate: 'Coverage',
                threshold: `≥ ${thresholds.minCoverage}%`,
                actual: totals.statements === 0 ? 'no statements measured' : `${formatCoveragePercent(percent, thresholds.minCoverage, ok)}% (${describeCounts(totals)})`,
                status: ok ? 'pass' : 'fail',
                unit: 'percent',
                ...(totals.statements > 0 ? { value: percent } : {}),
                min: thresholds.minCoverage,
            });
        }
        else {
            rows.push({ id: 'coverage', gate: 'Coverage', threshold: 'reported', actual: `${coverage.display}% (${describeCounts(totals)})`, status: 'pass', unit: 'percent', value: percent });
        }
        if (thresholds.minDiffCoverage !== undefined) {
            if (typeof reports.changes === 'string' || reports.changes === undefined) {
                rows.push({ id: 'diff-coverage', gate: 'Diff coverage', threshold: `≥ ${thresholds.minDiffCoverage}%`, actual: reports.changes ?? 'no base to compare with', status: 'not checked', unit: 'percent', min: thresholds.minDiffCoverage });
            }
            else {
                const diff = computeDiffCoverage(reports.changes.base, reports.changes.lines, merged);
                // diff-cover: 100% when no changed line is measured.
                const percent = diff.measured === 0 ? 100 : (100 * diff.covered) / diff.measured;
                diffCoverage = { ...diff, percent };
                const ok = diff.measured === 0 || meetsPercent(diff.covered, diff.measured, thresholds.minDiffCoverage);
                rows.push({
                    id: 'diff-coverage',
                    gate: 'Diff coverage',
                    threshold: `≥ ${thresholds.minDiffCoverage}%`,
                    actual: diff.measured === 0 ? `no changed statements since ${diff.base}` : `${formatCoveragePercent(percent, thresholds.minDiffCoverage, ok)}% (${diff.covered}/${diff.measured} changed lines since ${diff.base})`,
                    status: ok ? 'pass' : 'fail',
                    unit: 'percent',
                    value: percent,
                    min: thresholds.minDiffCoverage,
                });
            }
        }
    }
    // --- Security -------------------------------------------------------------------------------
    const findings = [];
    if (reports.bandit !== undefined) {
        const bandit = reports.bandit.flatMap((report) => report.findings);
        const failing = bandit.filter((finding) => RANK[finding.severity ?? 'low'] >= RANK[thresholds.banditSeverity]);
        findings.push(...bandit.map((finding) => ({ ...finding, failing: RANK[finding.severity ?? 'low'] >= RANK[thresholds.banditSeverity] })));
        const bySeverity = SEVERITIES.map((severity) => `${bandit.filter((f) => f.severity === severity).length} ${severity}`).reverse().join(', ');
        rows.push({ id: 'bandit', gate: 'Security (bandit)', threshold: `no finding ≥ ${thresholds.banditSeverity}`, actual: `${failing.length} at or above ${thresholds.banditSeverity} (${bySeverity})`, status: failing.length === 0 ? 'pass' : 'fail', unit: 'count', value: failing.length, max: 0 });
        for (const report of reports.bandit)
            for (const error of report.errors)
                notes.push(`bandit could not scan ${error.filename}: ${error.reason}`);
    }
    if (reports.sarif !== undefined) {
        const results = reports.sarif.flatMap((report) => report.results);
        const errors = results.filter((result) => result.level === 'error');
        findings.push(...results.map((result) => ({ ...result, failing: result.level === 'error' })));
        rows.push({ id: 'sarif', gate: 'SARIF', threshold: 'no error-level result', actual: `${errors.length} error, ${results.filter((r) => r.level === 'warning').length} warning, ${results.filter((r) => r.level === 'note').length} note`, status: errors.length === 0 ? 'pass' : 'fail', unit: 'count', value: errors.length, max: 0 });
    }
    const vulnerabilities = [];
    if (reports.pipAudit !== undefined) {
        const ignore = new Set(thresholds.ignoreVulns.map((id) => id.toUpperCase()));
        for (const report of reports.pipAudit) {
            for (const vulnerability of report.vulnerabilities) {
                vulnerabilities.push({ ...vulnerability, ignored: [vulnerability.id, ...vulnerability.aliases].some((id) => ignore.has(id.toUpperCase())) });
            }
            for (const skipped of report.skipped)
                notes.push(`pip-audit did not audit ${skipped}`);
        }
        const counted = vulnerabilities.filter((v) => !v.ignored);
        const ignored = vulnerabilities.length - counted.length;
        rows.push({ id: 'pip-audit', gate: 'Vulnerabilities (pip-audit)', threshold: 'none known', actual: `${counted.length} in ${new Set(counted.map((v) => v.package)).size} package(s)${ignored > 0 ? ` (${ignored} ignored)` : ''}`, status: counted.length === 0 ? 'pass' : 'fail', unit: 'count', value: counted.length, max: 0 });
    }
    // --- Lint -------------------------------------------------------------------------------------
    const lint = reports.lint?.flat() ?? [];
    if (reports.lint !== undefined) {
        const errors = lint.filter((diagnostic) => diagnostic.severity === 'error');
        const tools = [...new Set(lint.map((d) => d.tool))].join(', ');
        rows.push({ id: 'lint', gate: `Lint${tools ? ` (${tools})` : ''}`, threshold: 'no errors', actual: `${errors.length} error(s), ${lint.filter((d) => d.severity === 'warning').length} warning(s)`, status: errors.length === 0 ? 'pass' : 'fail', unit: 'count', value: errors.length, max: 0 });
    }
    // --- Benchmarks ------------------------------------------------------------------------------
    const benchmarkRegressions = (reports.benchmark ?? []).flatMap((report) => report.comparisons.filter((comparison) => comparison.verdict === 'regression'));
    if (reports.benchmark !== undefined) {
        const worst = Math.max(0, ...(reports.benchmark ?? []).map((report) => report.maxRegression));
        rows.push({
            id: 'benchmark',
            gate: 'Benchmarks',
            threshold: 'no regression',
            actual: benchmarkRegressions.length === 0 ? `${reports.benchmark.reduce((sum, report) => sum + report.comparisons.length, 0)} compared, no regression` : `${benchmarkRegressions.length} regression(s), worst ${formatPercent(worst / 100, true)}`,
            status: benchmarkRegressions.length === 0 && reports.benchmark.every((report) => report.regressions === 0) ? 'pass' : 'fail',
            unit: 'count',
            value: Math.max(benchmarkRegressions.length, reports.benchmark.reduce((sum, report) => sum + report.regressions, 0)),
            max: 0,
        });
    }
    // --- Approvals -------------------------------------------------------------------------------
    let approvals;
    if (thresholds.minApprovals !== undefined) {
        if (typeof reports.approvals === 'object') {
            approvals = reports.approvals;
            const { count } = reports.approvals;
            rows.push({
                id: 'approvals',
                gate: 'Approvals',
                threshold: `≥ ${thresholds.minApprovals}`,
                actual: `${count.approvals} on #${reports.approvals.pullRequest}${count.approvers.length > 0 ? ` (${count.approvers.join(', ')})` : ''}${count.changesRequested.length > 0 ? `; changes requested by ${count.changesRequested.join(', ')}` : ''}`,
                status: count.approvals >= thresholds.minApprovals ? 'pass' : 'fail',
                unit: 'count',
                value: count.approvals,
                min: thresholds.minApprovals,
            });
        }
        else {
            rows.push({ id: 'approvals', gate: 'Approvals', threshold: `≥ ${thresholds.minApprovals}`, actual: reports.approvals ?? 'no pull request', status: 'fail', unit: 'count', min: thresholds.minApprovals });
        }
    }
    for (const { gate, threshold, reason } of thresholds.withoutReports ?? [])
        rows.push({ id: `no-reports:${gate.toLowerCase()}`, gate, threshold, actual: reason, status: 'fail' });
    for (const { gate, reason } of thresholds.notChecked ?? [])
        rows.push({ id: `not-checked:${gate}`, gate: capitalize(gate), threshold: '', actual: reason, status: 'not checked' });
    return {
        passed: rows.every((row) => row.status !== 'fail'),
        rows,
        tests,
        suites,
        failingTests,
        flakyTests,
        ...(coverage !== undefined ? { coverage } : {}),
        ...(diffCoverage !== undefined ? { diffCoverage } : {}),
        findings,
        vulnerabilities,
        lint,
        benchmarkRegressions,
        ...(approvals !== undefined ? { approvals } : {}),
        notes,
    };
}
/** Merges one suite's reports: codes by test id, the details of the first report that has them, and counted suites. */
function mergeTests(reports) {
    if (reports.length === 1) {
        const [only] = reports;
        return { codes: only.tests, details: only.details, counted: countedCodes(only) };
    }
    // Matrix legs mostly hold the same tests with the same outcome: start from the first leg, and
    // write only what a later leg changes.
    const codes = TestCodeTable.from(reports[0]?.tests ?? []);
    const details = new Map();
    // Suites with counts only: by suite name, position by position (errors first, then failures, passes, skips).
    const countedBySuite = new Map();
    for (const [index, report] of reports.entries()) {
        if (index > 0)
            codes.mergeFrom(report.tests, mergeCodes);
        for (const suite of report.countedSuites) {
            const positions = suiteCodes(suite);
            const earlier = countedBySuite.get(suite.name);
            if (earlier === undefined)
                countedBySuite.set(suite.name, positions);
            else
                for (let i = 0; i < Math.max(earlier.length, positions.length); i++)
                    earlier[i] = i >= earlier.length ? positions[i] : i >= positions.length ? earlier[i] : mergeCodes(earlier[i], positions[i]);
        }
    }
    // The detail shown is that of the first report whose outcome is the merged one (its failure message).
    const chosen = new Map();
    for (const report of reports) {
        for (const [id, detail] of report.details) {
            const matches = ((report.tests.get(id) ?? 0) & 3) === ((codes.get(id) ?? 0) & 3);
            if (!details.has(id) || (matches && chosen.get(id) !== true)) {
                details.set(id, detail);
                chosen.set(id, matches);
            }
        }
    }
    return { codes, details, counted: [...countedBySuite.values()].flat() };
}
function countedCodes(report) {
    return report.countedSuites.flatMap(suiteCodes);
}
function suiteCodes(suite) {
    const passed = Math.max(0, suite.tests - suite.failed - suite.errored - suite.skipped);
    return [
        ...Array(suite.errored).fill(OUTCOME_CODES.errored),
        ...Array(suite.failed).fill(OUTCOME_CODES.failed),
        ...Array(passed).fill(OUTCOME_CODES.passed),
        ...Array(suite.skipped).fill(OUTCOME_CODES.skipped),
    ];
}
/** Errored over failed over passed over skipped; a flaky pass stays flaky only if the merge passes. */
function mergeCodes(a, b) {
    const outcomeA = a & 3;
    const outcomeB = b & 3;
    const rank = (outcome) => (outcome === OUTCOME_CODES.skipped ? -1 : outcome);
    const outcome = rank(outcomeA) >= rank(outcomeB) ? outcomeA : outcomeB;
    const flaky = outcome === OUTCOME_CODES.passed && ((a | b) & FLAKY_BIT) !== 0 ? FLAKY_BIT : 0;
    return outcome | flaky;
}
function countTests(codes, counted) {
    let passed = 0;
    let failed = 0;
    let errored = 0;
    let skipped = 0;
    let flaky = 0;
    const add = (code) => {
        switch (code & 3) {
            case OUTCOME_CODES.passed:
                passed++;
                if ((code & FLAKY_BIT) !== 0)
                    flaky++;
                break;
            case OUTCOME_CODES.failed:
                failed++;
                break;
            case OUTCOME_CODES.errored:
                errored++;
                break;
            default:
                skipped++;
        }
    };
    for (const code of codes.values())
        add(code);
    for (const code of counted)
        add(code);
    const executed = passed + failed + errored;
    return { tests: passed + failed + errored + skipped, passed, failed, errored, skipped, flaky, passRate: executed === 0 ? undefined : (100 * passed) / executed };
}
/** Errors first, then by file, line, class and name; each test's sort key is built once, not per comparison. */
function sortTests(tests) {
    const keyed = tests.map((test) => ({ test, key: `${test.outcome === 'errored' ? 0 : 1}${test.file ?? ''}\u0000${String(test.line ?? 0).padStart(8, '0')}\u0000${test.classname}\u0000${test.name}` }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map(({ test }) => test);
}
/**
 * A percent for the verdict table: coverage.py's display rule at 2 digits, with more digits
 * where rounding would make a failing value look like the threshold (79.996 against 80).
 */
function formatCoveragePercent(value, threshold, ok) {
    for (let precision = 2; precision <= 6; precision++) {
        const shown = displayCovered(value, precision);
        if (ok || Number(shown) < threshold)
            return shown;
    }
    return displayCovered(value, 6);
}
function describeCounts(totals) {
    const statements = `${totals.statements - totals.missing}/${totals.statements} statements`;
    return totals.branchData ? `${statements}, ${totals.coveredBranches}/${totals.branches} branches` : statements;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./packages/core/src/gate/findings/read-bandit-json.ts


/**
 * Reads bandit's JSON report (`bandit -r src -f json -o bandit.json`): `results[]` with
 * `test_id`, `issue_severity` and `issue_confidence` (`LOW`/`MEDIUM`/`HIGH`), `issue_text`,
 * `filename`, `line_number` and `more_info`; `errors[]` for files it could not parse.
 */
async function readBanditJson(path, toRepositoryPath) {
    const data = (await readJsonReport(path, 'bandit-json', 'a bandit JSON report', 'bandit'));
    if (!Array.isArray(data.results))
        throw new FileError(path, 'has no "results" list; expected `bandit -f json` output');
    const findings = data.results.map((item, index) => {
        const result = (item ?? {});
        const severity = typeof result.issue_severity === 'string' ? result.issue_severity.toLowerCase() : '';
        if (severity !== 'low' && severity !== 'medium' && severity !== 'high') {
            throw new FileError(path, `results[${index}].issue_severity is ${JSON.stringify(result.issue_severity ?? null)}, not LOW, MEDIUM or HIGH`);
        }
        return {
            tool: 'bandit',
            rule: [result.test_id, result.test_name].filter((part) => typeof part === 'string' && part !== '').join(' '),
            message: typeof result.issue_text === 'string' ? result.issue_text : '',
            severity,
            ...(typeof result.issue_confidence === 'string' ? { confidence: result.issue_confidence.toLowerCase() } : {}),
            ...(typeof result.filename === 'string' ? { file: toRepositoryPath(result.filename) } : {}),
            ...(typeof result.line_number === 'number' ? { line: result.line_number } : {}),
            ...(typeof result.more_info === 'string' ? { url: result.more_info } : {}),
            report: path,
        };
    });
    const errors = Array.isArray(data.errors)
        ? data.errors.map((item) => {
            const error = (item ?? {});
            return { filename: typeof error.filename === 'string' ? error.filename : '', reason: typeof error.reason === 'string' ? error.reason : '' };
        })
        : [];
    return { path, findings, errors };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/findings/read-lint.ts





const asRecord = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
/**
 * Reads ruff's JSON (`ruff check --output-format=json`, docs.astral.sh/ruff "Output formats";
 * ruff_linter's JSON emitter): a list of `{code, message, filename, location: {row, column},
 * url, fix, ...}`. ruff has no severities: every diagnostic is an error.
 */
async function readRuffJson(path, toRepositoryPath) {
    const data = await readJsonReport(path, 'ruff-json', 'a ruff JSON report', 'lint');
    if (!Array.isArray(data))
        throw new FileError(path, 'is not a list; expected `ruff check --output-format=json` output');
    return data.map((item, index) => {
        const entry = asRecord(item);
        if (typeof entry.message !== 'string')
            throw new FileError(path, `entry ${index} has no "message"`);
        const location = asRecord(entry.location);
        return {
            tool: 'ruff',
            severity: 'error',
            ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
            message: entry.message,
            ...(typeof entry.filename === 'string' ? { file: toRepositoryPath(entry.filename) } : {}),
            ...(typeof location.row === 'number' ? { line: location.row } : {}),
            ...(typeof location.column === 'number' ? { column: location.column } : {}),
            report: path,
        };
    });
}
/**
 * Reads pyright's JSON (`pyright --outputjson`, microsoft.github.io/pyright "Command-Line
 * Interface: JSON Output"): `generalDiagnostics[]` with `file`, `severity` (`error`, `warning`,
 * `information`), `message`, `rule` and a 0-based `range.start.line`.
 */
async function readPyrightJson(path, toRepositoryPath) {
    const data = asRecord(await readJsonReport(path, 'pyright-json', 'a pyright JSON report', 'lint'));
    if (!Array.isArray(data.generalDiagnostics))
        throw new FileError(path, 'has no "generalDiagnostics" list');
    return data.generalDiagnostics.map((item) => {
        const entry = asRecord(item);
        const start = asRecord(asRecord(entry.range).start);
        const severity = entry.severity === 'error' ? 'error' : entry.severity === 'warning' ? 'warning' : 'note';
        return {
            tool: 'pyright',
            severity,
            ...(typeof entry.rule === 'string' ? { code: entry.rule } : {}),
            message: typeof entry.message === 'string' ? entry.message : '',
            ...(typeof entry.file === 'string' ? { file: toRepositoryPath(entry.file) } : {}),
            ...(typeof start.line === 'number' ? { line: start.line + 1 } : {}),
            ...(typeof start.character === 'number' ? { column: start.character + 1 } : {}),
            report: path,
        };
    });
}
/**
 * Reads mypy's text output (its default): `path:line[:column[:end_line:end_column]]: error|note:
 * message  [code]`, and the closing `Found N errors in M files` or `Success: no issues found`.
 * A report whose closing line counts more errors than it lists is refused (a truncated log).
 */
async function readMypyText(path, toRepositoryPath) {
    const kind = await detectReportKind(path);
    if (kind !== 'mypy-text')
        throw wrongKindError(path, kind, "mypy's text output", 'lint');
    const diagnostics = [];
    let declared;
    for await (const line of (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_namespaceObject.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
        const match = /^(.+?):(\d+)(?::(\d+))?(?::\d+:\d+)?: (error|note|warning): (.*?)(?: {2}\[([\w-]+)\])?$/.exec(line);
        if (match) {
            const [, file = '', lineNumber, column, severity, message = '', code] = match;
            diagnostics.push({
                tool: 'mypy',
                severity: severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note',
                ...(code !== undefined ? { code } : {}),
                message,
                file: toRepositoryPath(file),
                line: Number(lineNumber),
                ...(column !== undefined ? { column: Number(column) } : {}),
                report: path,
            });
            continue;
        }
        const found = /^Found (\d+) errors? in \d+ files?/.exec(line);
        if (found)
            declared = Number(found[1]);
        else if (line.startsWith('Success: no issues found'))
            declared = 0;
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (declared !== undefined && declared > errors)
        throw new FileError(path, `says it found ${declared} errors but lists ${errors}: the output is cut short`);
    return diagnostics;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/findings/read-pip-audit-json.ts


/**
 * Reads pip-audit's JSON (`pip-audit -f json -o audit.json`, pip-audit 2.x,
 * github.com/pypa/pip-audit README "Examples"): `{"dependencies": [{"name", "version",
 * "vulns": [{"id", "fix_versions", "aliases", "description"}]}], "fixes": [...]}`; a dependency
 * pip-audit could not audit has `skip_reason` instead of `vulns`.
 */
async function readPipAuditJson(path) {
    const data = (await readJsonReport(path, 'pip-audit-json', 'a pip-audit JSON report', 'pip-audit'));
    if (!Array.isArray(data.dependencies))
        throw new FileError(path, 'has no "dependencies" list; expected `pip-audit -f json` output');
    const vulnerabilities = [];
    const skipped = [];
    for (const [index, item] of data.dependencies.entries()) {
        const dependency = (item ?? {});
        const name = typeof dependency.name === 'string' ? dependency.name : undefined;
        if (name === undefined)
            throw new FileError(path, `dependencies[${index}] has no "name"`);
        if (typeof dependency.skip_reason === 'string') {
            skipped.push(`${name}: ${dependency.skip_reason}`);
            continue;
        }
        const vulns = dependency.vulns ?? [];
        if (!Array.isArray(vulns))
            throw new FileError(path, `dependencies[${index}].vulns must be a list`);
        for (const raw of vulns) {
            const vuln = (raw ?? {});
            if (typeof vuln.id !== 'string')
                throw new FileError(path, `a vulnerability of ${name} has no "id"`);
            const strings = (value) => (Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : []);
            vulnerabilities.push({
                package: name,
                version: typeof dependency.version === 'string' ? dependency.version : '',
                id: vuln.id,
                aliases: strings(vuln.aliases),
                fixVersions: strings(vuln.fix_versions),
                ...(typeof vuln.description === 'string' && vuln.description !== '' ? { description: vuln.description } : {}),
                report: path,
            });
        }
    }
    return { path, vulnerabilities, skipped };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/findings/read-sarif.ts


const read_sarif_asRecord = (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
const asList = (value) => (Array.isArray(value) ? value : []);
/**
 * Reads a SARIF 2.1.0 log (OASIS SARIF v2.1.0, docs.oasis-open.org/sarif/sarif/v2.1.0): every
 * `runs[].results[]`. The level is the result's `level`, else its rule's
 * `defaultConfiguration.level`, else `warning` (§3.27.10); a result whose `kind` is not `fail`
 * has level `none`. Suppressed results (§3.27.23: `suppressions` all `accepted`) and results
 * whose `baselineState` is `absent` (§3.27.24: gone since the baseline) are left out. A rule's
 * `properties["security-severity"]` (GitHub code scanning's CVSS score) gives the severity.
 */
async function readSarif(path, toRepositoryPath) {
    const log = read_sarif_asRecord(await readJsonReport(path, 'sarif', 'SARIF', 'sarif'));
    if (log.version !== undefined && log.version !== '2.1.0')
        throw new FileError(path, `is SARIF ${JSON.stringify(log.version)}; only SARIF 2.1.0 is read`);
    if (!Array.isArray(log.runs))
        throw new FileError(path, 'has no "runs" list');
    const results = [];
    for (const runValue of log.runs) {
        const run = read_sarif_asRecord(runValue);
        const driver = read_sarif_asRecord(read_sarif_asRecord(run.tool).driver);
        const tool = typeof driver.name === 'string' ? driver.name : 'SARIF';
        const rules = asList(driver.rules).map(read_sarif_asRecord);
        const ruleById = new Map(rules.filter((rule) => typeof rule.id === 'string').map((rule) => [rule.id, rule]));
        for (const resultValue of asList(run.results)) {
            const result = read_sarif_asRecord(resultValue);
            const ruleIndex = typeof result.ruleIndex === 'number' ? result.ruleIndex : typeof read_sarif_asRecord(result.rule).index === 'number' ? read_sarif_asRecord(result.rule).index : undefined;
            const ruleId = typeof result.ruleId === 'string' ? result.ruleId : typeof read_sarif_asRecord(result.rule).id === 'string' ? read_sarif_asRecord(result.rule).id : undefined;
            const rule = (ruleIndex !== undefined ? rules[ruleIndex] : undefined) ?? (ruleId !== undefined ? ruleById.get(ruleId) : undefined) ?? {};
            const suppressions = asList(result.suppressions).map(read_sarif_asRecord);
            if (suppressions.length > 0 && suppressions.every((s) => s.status === undefined || s.status === 'accepted'))
                continue;
            if (result.baselineState === 'absent')
                continue;
            const kind = typeof result.kind === 'string' ? result.kind : 'fail';
            const level = kind !== 'fail' ? 'none' : typeof result.level === 'string' ? result.level : typeof read_sarif_asRecord(rule.defaultConfiguration).level === 'string' ? read_sarif_asRecord(rule.defaultConfiguration).level : 'warning';
            const physical = read_sarif_asRecord(read_sarif_asRecord(asList(result.locations)[0]).physicalLocation);
            const uri = read_sarif_asRecord(physical.artifactLocation).uri;
            const startLine = read_sarif_asRecord(physical.region).startLine;
            const message = read_sarif_asRecord(result.message);
            const text = typeof message.text === 'string' ? message.text : typeof message.markdown === 'string' ? message.markdown : '';
            const rawScore = read_sarif_asRecord(rule.properties)['security-severity'] ?? read_sarif_asRecord(result.properties)['security-severity'];
            const score = typeof rawScore === 'number' ? rawScore : typeof rawScore === 'string' ? Number.parseFloat(rawScore) : Number.NaN;
            const severity = Number.isFinite(score) ? (score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low') : undefined;
            const helpUri = rule.helpUri;
            results.push({
                tool,
                rule: ruleId ?? (typeof rule.id === 'string' ? rule.id : ''),
                message: text,
                level,
                ...(severity !== undefined ? { severity } : {}),
                ...(typeof uri === 'string' ? { file: toRepositoryPath(fileFromUri(uri)) } : {}),
                ...(typeof startLine === 'number' ? { line: startLine } : {}),
                ...(typeof helpUri === 'string' ? { url: helpUri } : {}),
                report: path,
            });
        }
    }
    return { path, results };
}
/** `file:///home/runner/work/x/x/src/a.py` → the path; relative URIs (with a uriBaseId) as they are. */
function fileFromUri(uri) {
    if (!uri.startsWith('file:'))
        return decodeURIComponent(uri);
    try {
        const path = decodeURIComponent(new URL(uri).pathname);
        return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
    }
    catch {
        return uri;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/gate/run-quality-gate.ts




















/** Reads every report the inputs name, asks git and the GitHub API what they must, and judges. */
async function runQualityGate(settings, context) {
    const warnings = [];
    const notChecked = [];
    const withoutReports = [];
    for (const { gate, inputs, threshold, optional } of settings.presetWithoutReports) {
        const give = inputs.map((input) => `\`${input}\``).join(' or ');
        if (optional === true) {
            notChecked.push({ gate: gate.toLowerCase(), reason: `no report given (give ${give} to gate on it)` });
            warnings.push(`${inputs.join(', ')}: not given, so "${gate}: ${threshold}" is not checked; the ${settings.preset ?? ''} preset checks it when a report is given.`);
        }
        else {
            withoutReports.push({ gate, threshold, reason: `no report given: the ${settings.preset ?? ''} preset checks it (give ${give})` });
        }
    }
    const paths = new CoveragePathResolver(context.cwd);
    const toRepositoryPath = (file) => paths.resolve(file);
    /** The files an input's globs match; undefined when it matched none and that is allowed. */
    const filesOf = async (input, patterns, gate) => {
        if (patterns.length === 0)
            return undefined;
        const matched = await context.expandGlobs(patterns);
        // Each match by the path rules too: a symbolic link (a report a pull request checked in) may
        // not lead the gate to read, and quote, a file outside the workspace.
        const files = [];
        for (const file of matched)
            files.push((await repository_path_resolveRepositoryPath(context.cwd, input, (0,external_node_path_namespaceObject.relative)(context.cwd, file), 'file')).real);
        if (files.length > 0)
            return files;
        const problem = `no file matches ${patterns.join(', ')}`;
        if (settings.ifNoFiles === 'error')
            throw new InputError(input, patterns.join('\n'), `${problem} (set if-no-files: warn or ignore to allow that)`);
        if (settings.ifNoFiles === 'warn')
            warnings.push(`${input}: ${problem}; ${gate} is not checked.`);
        notChecked.push({ gate, reason: problem });
        return undefined;
    };
    const testSuites = [];
    const junitFiles = await filesOf('junit', settings.junit, 'tests');
    if (junitFiles !== undefined)
        testSuites.push({ name: undefined, reports: await readJunitReports(junitFiles) });
    for (const suite of settings.testSuites) {
        const files = await filesOf('test-suites', suite.patterns, `suite ${suite.name}`);
        if (files !== undefined)
            testSuites.push({ name: suite.name, reports: await readJunitReports(files) });
    }
    const reports = { testSuites };
    const coverageFiles = await filesOf('coverage', settings.coverage, 'coverage');
    if (coverageFiles !== undefined) {
        reports.coverage = await readAll(coverageFiles, (file) => readCoverage(file, paths));
        if (settings.minDiffCoverage !== undefined)
            reports.changes = await readChanges(settings, context);
    }
    const banditFiles = await filesOf('bandit', settings.bandit, 'security (bandit)');
    if (banditFiles !== undefined)
        reports.bandit = await readAll(banditFiles, (file) => readBanditJson(file, toRepositoryPath));
    const auditFiles = await filesOf('pip-audit', settings.pipAudit, 'vulnerabilities (pip-audit)');
    if (auditFiles !== undefined)
        reports.pipAudit = await readAll(auditFiles, readPipAuditJson);
    const sarifFiles = await filesOf('sarif', settings.sarif, 'SARIF');
    if (sarifFiles !== undefined)
        reports.sarif = await readAll(sarifFiles, (file) => readSarif(file, toRepositoryPath));
    const lintFiles = await filesOf('lint', settings.lint, 'lint');
    if (lintFiles !== undefined)
        reports.lint = await readAll(lintFiles, (file) => readLint(file, toRepositoryPath));
    const benchmarkFiles = await filesOf('benchmark', settings.benchmark, 'benchmarks');
    if (benchmarkFiles !== undefined)
        reports.benchmark = await readAll(benchmarkFiles, readBenchmark);
    if (settings.minApprovals !== undefined)
        reports.approvals = await readApprovals(context);
    const result = evaluateGate(reports, {
        minPassRate: (suite) => (suite === undefined ? settings.minPassRate : (settings.testSuites.find((s) => s.name === suite)?.minPassRate ?? settings.minPassRate)),
        ...(settings.minCoverage !== undefined ? { minCoverage: settings.minCoverage } : {}),
        ...(settings.minDiffCoverage !== undefined ? { minDiffCoverage: settings.minDiffCoverage } : {}),
        banditSeverity: settings.banditSeverity,
        ignoreVulns: settings.ignoreVulns,
        ...(settings.minApprovals !== undefined ? { minApprovals: settings.minApprovals } : {}),
        notChecked,
        withoutReports,
    });
    return { result, warnings };
}
/** Reads files one after another: a matrix of big reports is never all in memory as text. */
async function readAll(files, read) {
    const out = [];
    for (const file of files)
        out.push(await read(file));
    return out;
}
/**
 * The JUnit reports of one suite, one after another. From the second on, a test already read is
 * keyed by the id string of its first report (see {@link ReadJunitOptions.knownIds}); a single
 * report pays nothing for that.
 */
async function readJunitReports(files) {
    const reports = [];
    let knownIds;
    for (const file of files) {
        const report = await readJunit(file, knownIds === undefined ? {} : { knownIds });
        reports.push(report);
        if (knownIds === undefined && files.length > 1)
            knownIds = TestCodeTable.from(report.tests);
    }
    return reports;
}
async function readCoverage(file, paths) {
    const kind = await detectReportKind(file);
    if (kind === 'cobertura')
        return readCobertura(file, paths);
    if (kind === 'coverage-json')
        return readCoverageJson(file, paths);
    if (kind === 'lcov')
        return readLcov(file, paths);
    throw wrongKindError(file, kind, 'a coverage report (Cobertura XML, coverage.py JSON or lcov)', 'coverage');
}
async function readLint(file, toRepositoryPath) {
    const kind = await detectReportKind(file);
    if (kind === 'ruff-json')
        return readRuffJson(file, toRepositoryPath);
    if (kind === 'mypy-text')
        return readMypyText(file, toRepositoryPath);
    if (kind === 'pyright-json')
        return readPyrightJson(file, toRepositoryPath);
    throw wrongKindError(file, kind, 'a lint report (ruff JSON, mypy text or pyright JSON)', 'lint');
}
async function readBenchmark(file) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new FileError(file, 'does not exist', undefined, { cause: error });
        throw error;
    }
    return parseBenchmarkReport(text, file);
}
/**
 * The changed lines for diff coverage: against `base-ref`, else the pull request's base branch
 * (`origin/<base>`, or its base commit when the remote branch was not fetched). Outside a pull
 * request without `base-ref` there is nothing to compare with: the gate says so.
 */
async function readChanges(settings, context) {
    const { pullRequest } = context;
    let base = settings.baseRef;
    if (base === undefined && pullRequest.baseRef !== undefined) {
        base = `origin/${pullRequest.baseRef}`;
        const known = await context.git.run(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], { allowFailure: true });
        if (known.exitCode !== 0 && pullRequest.baseSha !== undefined)
            base = pullRequest.baseSha;
    }
    if (base === undefined)
        return 'not a pull request, and no base-ref given';
    try {
        return { base, lines: await readChangedLines(context.git, base) };
    }
    catch (error) {
        if (error instanceof BaseRefError && settings.baseRef !== undefined)
            throw new InputError('base-ref', settings.baseRef, error.message.replace(/^The base '[^']*' for diff coverage is/, 'it is'));
        throw error;
    }
}
/**
 * The approvals of the pull request the run is for; on a push, of the merged pull request that
 * brought the commit in (GET /repos/{owner}/{repo}/commits/{sha}/pulls). A failure to ask is the
 * row's reason: an approval that cannot be seen does not count.
 */
async function readApprovals(context) {
    if (context.github === undefined)
        return 'no github-token or GITHUB_REPOSITORY to read reviews with';
    const { api, repository } = context.github;
    try {
        let number = context.pullRequest.number;
        if (number === undefined) {
            const sha = context.pullRequest.sha;
            if (sha === undefined)
                return 'no pull request, and no commit to find one for';
            const pulls = await listPullRequestsForCommit(api, repository, sha);
            // Only a merged pull request vouches for a pushed commit: an open one that also holds it
            // (a commit pushed straight to the branch) was not what its reviewers approved to merge.
            const merged = pulls.find((pull) => pull.merged);
            if (merged === undefined) {
                const open = pulls.filter((pull) => pull.state === 'open').map((pull) => `#${pull.number}`);
                return `no merged pull request brought in ${sha.slice(0, 7)}${open.length > 0 ? ` (open: ${open.join(', ')})` : ''}`;
            }
            number = merged.number;
        }
        return { pullRequest: number, count: countApprovals(await listPullRequestReviews(api, repository, number)) };
    }
    catch (error) {
        if (error instanceof GitHubApiError)
            return `could not read reviews: ${error.apiMessage}${error.permissionDenied ? ' (the job needs `permissions: pull-requests: read`)' : ''}`;
        throw error;
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/git/git-client.ts


/**
 * The one seam between ops-actions and git: the real git binary, run without a shell.
 * The environment is passed in (core never reads `process.env`), and every call gets
 * `GIT_TERMINAL_PROMPT=0` so a missing credential fails instead of hanging the job.
 */
class GitClient {
    cwd;
    baseEnv;
    constructor(cwd, baseEnv) {
        this.cwd = cwd;
        this.baseEnv = baseEnv;
    }
    /** Runs `git <args>` and collects its output; throws GitError on a non-zero exit unless allowed. */
    async run(args, options = {}) {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd: this.cwd,
            env: this.environment(options.env),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        const exitCode = await waitForExit(child, args);
        const result = {
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
            exitCode,
        };
        if (exitCode !== 0 && !options.allowFailure) {
            throw new GitError(args, exitCode, result.stderr, options.hint);
        }
        return result;
    }
    /**
     * Runs `git <args>` and hands each record (text between `separator`s) to `onRecord`
     * as it streams in, so a 100,000-commit log is never held as one string.
     */
    async stream(args, separator, onRecord, options = {}) {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
            cwd: this.cwd,
            // git log flushes stdout after every commit when it is a pipe (write-or-die.c): 100,000
            // writes, and as many wake-ups of this process. GIT_FLUSH=0 asks for fully buffered
            // output (git(1), ENVIRONMENT); the records are the same, in 4 KiB writes.
            env: this.environment({ GIT_FLUSH: '0', ...options.env }),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stderr = [];
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.stdout.setEncoding('utf8');
        const splitter = splitRecords(separator, onRecord);
        child.stdout.on('data', splitter.push);
        const exitCode = await waitForExit(child, args);
        if (exitCode !== 0) {
            throw new GitError(args, exitCode, Buffer.concat(stderr).toString('utf8'), options.hint);
        }
        splitter.end();
    }
    environment(extra) {
        return { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
    }
}
function waitForExit(child, args) {
    return new Promise((resolve, reject) => {
        child.once('error', (error) => {
            const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
            reject(new GitError(args, null, why));
        });
        child.once('close', (code) => resolve(code ?? 1));
    });
}
/**
 * Cuts a stream of text into records at `separator`. A record is a slice of the chunk it ends
 * in, and only a record that spans chunks is joined: no chunk is copied to be searched, and a
 * record of many chunks is joined once (linear, however long it is).
 */
function splitRecords(separator, onRecord) {
    if (separator === '')
        throw new TypeError('splitRecords: the separator must not be empty');
    const overlap = separator.length - 1;
    let pending = '';
    // The last `overlap` characters of `pending`, where a separator that ends in the next chunk begins.
    let tail = '';
    return {
        push(chunk) {
            let start = 0;
            if (pending !== '') {
                const edge = overlap > 0 ? (tail + chunk.slice(0, overlap)).indexOf(separator) : -1;
                let end;
                if (edge !== -1 && edge < tail.length) {
                    onRecord(pending.slice(0, pending.length - tail.length + edge));
                    end = edge - tail.length + separator.length;
                }
                else {
                    const at = chunk.indexOf(separator);
                    if (at === -1) {
                        pending += chunk;
                        if (overlap > 0)
                            tail = (chunk.length >= overlap ? chunk : tail + chunk).slice(-overlap);
                        return;
                    }
                    onRecord(pending + chunk.slice(0, at));
                    end = at + separator.length;
                }
                pending = '';
                start = end;
            }
            let at = chunk.indexOf(separator, start);
            while (at !== -1) {
                onRecord(chunk.slice(start, at));
                start = at + separator.length;
                at = chunk.indexOf(separator, start);
            }
            pending = chunk.slice(start);
            tail = overlap > 0 ? pending.slice(-overlap) : '';
        },
        end() {
            if (pending.trim() !== '')
                onRecord(pending);
            pending = '';
            tail = '';
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/summary/plan-annotations.ts
/** GitHub shows at most 10 annotations of each kind for one step. */
const ANNOTATIONS_PER_KIND = 10;
/**
 * Keeps each level within GitHub's 10 annotations a step, in the order given (put the most
 * important first). When a level has more, its last slot says how many were left out and where
 * they all are (`where`: "in the job summary and the report"). `reserved` keeps slots of a level
 * for annotations the step writes besides these (the `core.setFailed` error, its own warnings).
 */
function capAnnotations(annotations, tool, where, reserved = {}) {
    const capped = [];
    for (const level of ['error', 'warning', 'notice']) {
        const matching = annotations.filter((annotation) => annotation.level === level);
        const slots = Math.max(1, ANNOTATIONS_PER_KIND - (reserved[level] ?? 0));
        const room = matching.length > slots ? slots - 1 : slots;
        capped.push(...matching.slice(0, room));
        if (matching.length > room) {
            const more = matching.length - room;
            const noun = { error: 'errors', warning: 'warnings', notice: 'notices' }[level];
            capped.push({ level, title: `${tool}: ${more} more`, message: `${more} more ${noun}: every one is ${where}.` });
        }
    }
    return capped;
}
/**
 * The annotations for a list of checks: failures as errors and warnings as warnings, each kind
 * cut to GitHub's limit, the last slot saying how many more there are (they are all in the summary).
 */
function planAnnotations(checks, tool) {
    const planned = [];
    for (const [kind, level] of [['failure', 'error'], ['warning', 'warning']]) {
        for (const check of checks.filter((c) => c.level === kind)) {
            planned.push({
                level,
                title: `${tool}: ${check.id}`,
                message: `${check.file ? `${check.file}: ` : ''}${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`,
            });
        }
    }
    return capAnnotations(planned, tool, 'in the job summary and the report');
}

;// CONCATENATED MODULE: ./packages/core/src/gate/plan-gate-annotations.ts

/**
 * The step's annotations: each failing test as an error at its file and line (where the report
 * or its traceback says), then failing findings and lint errors; flaky tests and uncovered
 * changed lines as warnings. Each kind is cut to GitHub's 10 a step, the last saying how many
 * more; `reserved` slots are left for what the step writes besides (its failure, its warnings).
 */
function planGateAnnotations(result, reserved = {}) {
    const planned = [];
    const at = (file, line) => ({
        ...(file !== undefined ? { file } : {}),
        ...(file !== undefined && line !== undefined ? { line } : {}),
    });
    for (const test of result.failingTests) {
        planned.push({
            level: 'error',
            title: `${test.outcome === 'errored' ? 'Errored' : 'Failed'}: ${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`,
            message: (test.message ?? test.text ?? `${test.outcome} (${test.report})`).slice(0, 2000),
            ...at(test.file, test.line),
        });
    }
    for (const finding of result.findings.filter((f) => f.failing)) {
        planned.push({ level: 'error', title: `${finding.tool} ${finding.rule}`.trim(), message: finding.message, ...at(finding.file, finding.line) });
    }
    for (const diagnostic of result.lint.filter((d) => d.severity === 'error')) {
        planned.push({ level: 'error', title: `${diagnostic.tool}${diagnostic.code !== undefined ? ` ${diagnostic.code}` : ''}`, message: diagnostic.message, ...at(diagnostic.file, diagnostic.line) });
    }
    for (const test of result.flakyTests) {
        planned.push({ level: 'warning', title: `Flaky: ${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`, message: `Passed after ${test.failedAttempts} failed attempt(s).`, ...at(test.file, test.line) });
    }
    for (const file of result.diffCoverage?.uncovered ?? []) {
        planned.push({ level: 'warning', title: 'Changed lines not covered', message: `${file.lines.length} changed line(s) not covered by tests: ${file.lines.join(', ')}`, file: file.file, ...(file.lines[0] !== undefined ? { line: file.lines[0] } : {}) });
    }
    return capAnnotations(planned, 'quality-gate', 'in the job summary and the report', reserved);
}

;// CONCATENATED MODULE: ./packages/core/src/summary/render-quality-gate-summary.ts



const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', 'not checked': '➖ not checked' };
/** One name or message of a report in a list: reports may hold anything (a parametrized id of megabytes). */
const ITEM_TEXT_LIMIT = 500;
/**
 * The job summary (and, with the comment's limit, the pull request comment): the verdict in one
 * sentence, the table of gates, then the failing tests, the uncovered changed lines, the findings
 * and vulnerabilities with their fix versions, lint errors, benchmark regressions and notes.
 * Lists are cut in stages (50 items each, then 20, 5, none) until the text fits `limit` UTF-8
 * bytes (default GitHub's 1 MiB summary; bytes are never fewer than the characters a comment's
 * 65,535 counts); a cut list ends with a line saying how many were left out, and what still does
 * not fit is cut with a line saying so (`fitToLimit`).
 */
function renderQualityGateSummary(result, options = {}) {
    const limit = options.limit ?? STEP_SUMMARY_LIMIT;
    const title = options.title ?? 'quality-gate';
    const what = limit === STEP_SUMMARY_LIMIT ? "the summary under GitHub's 1 MiB limit" : "the comment under GitHub's 65,535-character limit";
    return fitToLimit([50, 20, 5, 0].map((cap) => () => renderWithCap(result, cap, title)), { limit, note: (leftOut) => `_… ${describeLeftOut(leftOut)} left out to keep ${what}._` }).text;
}
function verdictLine(result, title) {
    const failed = result.rows.filter((row) => row.status === 'fail');
    const checked = result.rows.filter((row) => row.status !== 'not checked').length;
    if (result.passed)
        return `## ${title}: ✅ passed — ${checked === 1 ? 'the one gate' : `all ${checked} gates`} passed`;
    return `## ${title}: ❌ failed — ${failed.length} of ${checked} gates failed: ${failed.map((row) => escapeMarkdown(row.gate)).join(', ')}`;
}
function renderWithCap(result, cap, title) {
    const sections = [verdictLine(result, title)];
    sections.push(renderTable(['Gate', 'Threshold', 'Actual', 'Result'], result.rows.map((row) => [escapeMarkdown(clipLine(row.gate, ITEM_TEXT_LIMIT)), escapeMarkdown(row.threshold), escapeMarkdown(clipLine(row.actual, ITEM_TEXT_LIMIT)), STATUS_ICON[row.status]])));
    const t = result.tests;
    if (t.tests > 0) {
        sections.push(`${t.tests} unique tests: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${t.flaky > 0 ? `, ${t.flaky} flaky (passed on a rerun)` : ''}.`);
    }
    sections.push(...list('Failing tests', result.failingTests, cap, renderTest));
    sections.push(...list('Flaky tests (failed, then passed on a rerun)', result.flakyTests, cap, renderTest));
    if (result.diffCoverage !== undefined && result.diffCoverage.uncovered.length > 0) {
        sections.push(...list(`Changed lines not covered (since ${inlineCode(result.diffCoverage.base)})`, result.diffCoverage.uncovered, cap, (file) => `- ${inlineCode(clipLine(file.file, ITEM_TEXT_LIMIT))}: ${formatLineRanges(file.lines)}`));
    }
    const rank = (severity) => ({ high: 3, medium: 2, low: 1 })[severity ?? ''] ?? 0;
    const findings = [...result.findings].sort((a, b) => Number(b.failing) - Number(a.failing) || rank(b.severity) - rank(a.severity));
    sections.push(...list('Security findings', findings, cap, (finding) => {
        const where = finding.file === undefined ? '' : ` ${inlineCode(clipLine(`${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}`, ITEM_TEXT_LIMIT))}`;
        const grade = finding.severity !== undefined ? finding.severity.toUpperCase() : (finding.level ?? '');
        const rule = clipLine(finding.rule, ITEM_TEXT_LIMIT);
        // A link only to a plain https URL: nothing in it may end the Markdown link early.
        const link = finding.url !== undefined && /^https:\/\/[^\s()<>[\]`]+$/.test(finding.url) && finding.url.length <= 2000 ? ` ([${escapeMarkdown(rule || 'rule')}](${finding.url}))` : rule ? ` ${inlineCode(rule)}` : '';
        return `- ${finding.failing ? '❌' : '⚠️'} ${grade} ${escapeMarkdown(clipLine(finding.tool, ITEM_TEXT_LIMIT))}${link}${where}: ${escapeMarkdown(clipLine(finding.message, ITEM_TEXT_LIMIT))}`;
    }));
    if (result.vulnerabilities.length > 0) {
        const shown = cap === 0 ? [] : result.vulnerabilities.slice(0, cap);
        const rows = shown.map((v) => [
            inlineCode(clipLine(v.package, ITEM_TEXT_LIMIT)),
            inlineCode(clipLine(v.version, ITEM_TEXT_LIMIT)),
            escapeMarkdown(clipLine(`${v.id}${v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : ''}`, ITEM_TEXT_LIMIT)),
            v.fixVersions.length > 0 ? clipLine(v.fixVersions.map(inlineCode).join(', '), ITEM_TEXT_LIMIT) : 'no fix yet',
            v.ignored ? 'ignored' : '❌',
        ]);
        sections.push(`### Vulnerabilities\n\n${rows.length > 0 ? renderTable(['Package', 'Version', 'Vulnerability', 'Fixed in', ''], rows) : ''}${more(result.vulnerabilities.length, shown.length)}`.trimEnd());
    }
    const lintErrors = result.lint.filter((diagnostic) => diagnostic.severity === 'error');
    sections.push(...list('Lint errors', lintErrors, cap, (d) => `- ${escapeMarkdown(d.tool)}${d.code !== undefined ? ` ${inlineCode(clipLine(d.code, ITEM_TEXT_LIMIT))}` : ''}${d.file !== undefined ? ` ${inlineCode(clipLine(`${d.file}${d.line === undefined ? '' : `:${d.line}`}`, ITEM_TEXT_LIMIT))}` : ''}: ${escapeMarkdown(clipLine(d.message, ITEM_TEXT_LIMIT))}`));
    sections.push(...list('Benchmark regressions', result.benchmarkRegressions, cap, renderRegression));
    if (result.notes.length > 0)
        sections.push(...list('Notes', result.notes, cap, (note) => `- ${escapeMarkdown(clipLine(note, ITEM_TEXT_LIMIT))}`));
    return `${sections.join('\n\n')}\n`;
}
function list(heading, items, cap, render) {
    if (items.length === 0)
        return [];
    const shown = items.slice(0, cap);
    const body = shown.map(render).join('\n');
    return [`### ${heading}\n\n${body}${more(items.length, shown.length)}`.replace(/\n\n$/, '')];
}
function more(total, shown) {
    if (total <= shown)
        return '';
    return `${shown > 0 ? '\n' : ''}- … and ${total - shown} more (every one is in the \`report\` output)`;
}
function renderTest(test) {
    const where = test.file !== undefined ? ` at ${inlineCode(`${clipLine(test.file, ITEM_TEXT_LIMIT)}${test.line !== undefined ? `:${test.line}` : ''}`)}` : '';
    const id = inlineCode(clipLine(`${test.classname}${test.classname !== '' ? '::' : ''}${test.name}`, ITEM_TEXT_LIMIT));
    const suite = test.suite !== undefined ? ` (${escapeMarkdown(test.suite)})` : '';
    const icon = test.flaky ? '🔁' : test.outcome === 'errored' ? '💥' : '❌';
    const message = test.message !== undefined ? `: ${escapeMarkdown(firstLine(test.message))}` : '';
    const attempts = test.failedAttempts > 0 ? ` — ${test.failedAttempts} failed attempt(s)` : '';
    return `- ${icon} ${id}${suite}${where}${message}${attempts}`;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
/** `3, 5-7, 10`: line numbers as ranges. */
function formatLineRanges(lines) {
    const parts = [];
    let start;
    let previous;
    for (const line of lines) {
        if (start !== undefined && previous !== undefined && line === previous + 1) {
            previous = line;
            continue;
        }
        if (start !== undefined)
            parts.push(start === previous ? String(start) : `${start}–${previous}`);
        start = line;
        previous = line;
    }
    if (start !== undefined)
        parts.push(start === previous ? String(start) : `${start}–${previous}`);
    return parts.join(', ');
}
/** `` - `test_parse`: +25.0% (1.00 ms → 1.25 ms) ``, in the report's unit (`s`, `ops/s` or a custom entry's), as benchmark-compare shows it. */
function renderRegression(comparison) {
    const unit = comparison.unit ?? 's';
    const value = (v) => formatBenchmarkValue(v, parseUnit(unit).quantity, unit);
    const change = comparison.change !== undefined ? formatPercent(comparison.change, true) : 'slower';
    const values = comparison.baseline !== undefined && comparison.current !== undefined ? ` (${value(comparison.baseline)} → ${value(comparison.current)})` : '';
    return `- ${inlineCode(clipLine(comparison.name, ITEM_TEXT_LIMIT))}: ${change}${escapeMarkdown(values)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/github/sticky-comment.ts

/** GitHub refuses an issue or pull request comment body longer than this many characters. */
const COMMENT_LIMIT = 65_535;
/**
 * The hidden marker that finds the comment again on the next run: an HTML comment GitHub does not
 * render. `key` tells several comments of one tool apart (two gates in one workflow).
 */
function commentMarker(tool, key = '') {
    // An HTML comment ends at `-->` and may not hold `--`: keep the key from closing it early.
    const clean = (text) => text.replace(/[<>\r\n]/g, '-').replace(/-{2,}/g, '-');
    return `<!-- ops-actions:${clean(tool)}${key ? `:${clean(key)}` : ''} -->`;
}
/**
 * Pure: which comment to update. The marker must open the body (so a person quoting the comment
 * does not become its owner), and a bot's comment wins over a person's; among several, the first
 * (oldest) is kept up to date, as sticky-comment actions do.
 */
function planStickyComment(existing, marker, body) {
    const owned = existing.filter((comment) => comment.body.startsWith(marker));
    const mine = owned.find((comment) => comment.authorType === 'Bot') ?? owned[0];
    if (!mine)
        return { kind: 'create' };
    return mine.body === body ? { kind: 'unchanged', id: mine.id } : { kind: 'update', id: mine.id };
}
/**
 * Creates or updates the one comment that carries `marker` on pull request `number`. The body is
 * prefixed with the marker; a body over {@link COMMENT_LIMIT} is a caller's bug (fit it first), so
 * it throws rather than letting GitHub answer 422. Errors are GitHubApiError: callers that may
 * run on a read-only token (forks) check `permissionDenied` and warn.
 */
async function upsertStickyComment(api, repository, options) {
    const body = `${options.marker}\n${options.body}`;
    if (body.length > COMMENT_LIMIT)
        throw new RangeError(`comment body has ${body.length} characters; GitHub allows ${COMMENT_LIMIT}`);
    const listRoute = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const items = await callGitHub(listRoute, () => api.paginate(listRoute, { ...repository, issue_number: options.number, per_page: 100 }));
    const plan = planStickyComment(items.map(toIssueComment), options.marker, body);
    if (plan.kind === 'unchanged')
        return { action: 'unchanged', id: plan.id };
    if (plan.kind === 'update') {
        const route = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
        await callGitHub(route, () => api.request(route, { ...repository, comment_id: plan.id, body }));
        return { action: 'update', id: plan.id };
    }
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const created = await callGitHub(route, () => api.request(route, { ...repository, issue_number: options.number, body }));
    return { action: 'create', id: toIssueComment(created.data).id };
}
function toIssueComment(item) {
    const record = (item ?? {});
    return {
        id: typeof record.id === 'number' ? record.id : -1,
        body: typeof record.body === 'string' ? record.body : '',
        authorType: typeof record.user?.type === 'string' ? record.user.type : '',
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./actions/quality-gate/src/main.ts







/** Reads the reports, judges, writes the report, outputs, annotations, summary and comment; fails the step on a failed gate. */
async function run() {
    // Every test id read from a report lives to the end, so V8's habit of growing the young
    // generation while objects survive buys nothing but memory: on the bench's 200,000-test report
    // the action peaked near 180 MB with it and under 150 MB without (bench/quality-gate.bench.mjs).
    // Here, not in the library: core never changes V8 flags.
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    try {
        const env = process.env;
        const cwd = process.cwd();
        const settings = parseQualityGateSettings((name) => getInput(name), { workspace: cwd });
        const token = getInput('github-token');
        if (token !== '')
            setSecret(token);
        const pullRequest = await readPullRequestContext(env);
        const needsApi = settings.minApprovals !== undefined || settings.commentOnPr;
        const github = needsApi && token !== '' && env.GITHUB_REPOSITORY ? { api: await octokit(token), repository: parseRepositoryRef(env.GITHUB_REPOSITORY) } : undefined;
        const { result, warnings } = await runQualityGate(settings, { cwd, expandGlobs, git: new GitClient(cwd, env), pullRequest, ...(github !== undefined ? { github } : {}) });
        // A folder of its own: two gates in one job (staging, production) keep their reports apart.
        const runnerTemp = env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)();
        await (0,promises_namespaceObject.mkdir)(runnerTemp, { recursive: true });
        const reportPath = (0,external_node_path_namespaceObject.join)(await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(runnerTemp, 'ops-actions-quality-gate-')), 'report.json');
        await (0,promises_namespaceObject.writeFile)(reportPath, `${JSON.stringify({ schema: 'ops-actions/quality-gate/v1', ...result }, null, 2)}\n`);
        for (const warning of warnings)
            core_warning(warning);
        // GitHub shows 10 annotations of a kind a step: the step's failure and its warnings (these, and
        // the comment's on a fork) take slots too.
        const reserved = { error: !result.passed && settings.fail ? 1 : 0, warning: warnings.length + (settings.commentOnPr ? 1 : 0) };
        for (const annotation of planGateAnnotations(result, reserved)) {
            const properties = { title: annotation.title, ...(annotation.file !== undefined ? { file: annotation.file } : {}), ...(annotation.line !== undefined ? { startLine: annotation.line } : {}) };
            if (annotation.level === 'error')
                error(annotation.message, properties);
            else if (annotation.level === 'warning')
                core_warning(annotation.message, properties);
            else
                notice(annotation.message, properties);
        }
        setOutputs(result, settings, reportPath);
        const failed = result.rows.filter((row) => row.status === 'fail');
        info(result.passed ? `quality-gate passed: ${result.rows.map((row) => `${row.gate} ${row.actual}`).join('; ')}` : `quality-gate failed: ${failed.map((row) => `${row.gate}: ${row.actual} (needs ${row.threshold})`).join('; ')}`);
        if (env.GITHUB_STEP_SUMMARY)
            await summary.addRaw(renderQualityGateSummary(result)).write();
        if (settings.commentOnPr)
            await comment(result, pullRequest.number, github, env.GITHUB_JOB ?? '');
        if (!result.passed && settings.fail)
            setFailed(`The quality gate failed: ${failed.map((row) => `${row.gate} (${row.actual}; needs ${row.threshold})`).join(', ')}.`);
    }
    catch (error) {
        setFailed(formatError(error));
    }
}
function setOutputs(result, settings, reportPath) {
    const testsGiven = result.suites.length > 0;
    const count = (value) => (testsGiven ? String(value) : '');
    setOutput('passed', String(result.passed));
    setOutput('report', reportPath);
    setOutput('tests', count(result.tests.tests));
    setOutput('failed', count(result.tests.failed));
    setOutput('errored', count(result.tests.errored));
    setOutput('skipped', count(result.tests.skipped));
    setOutput('flaky', count(result.tests.flaky));
    setOutput('pass-rate', result.tests.passRate === undefined ? '' : displayCovered(result.tests.passRate, 2));
    setOutput('coverage', result.coverage?.display ?? '');
    setOutput('diff-coverage', result.diffCoverage === undefined ? '' : displayCovered(result.diffCoverage.percent, 2));
    const securityGiven = settings.bandit.length > 0 || settings.sarif.length > 0;
    setOutput('vulnerabilities', settings.pipAudit.length > 0 ? String(result.vulnerabilities.filter((v) => !v.ignored).length) : '');
    setOutput('high-severity', securityGiven ? String(result.findings.filter((f) => f.failing).length) : '');
    setOutput('lint-errors', settings.lint.length > 0 ? String(result.lint.filter((d) => d.severity === 'error').length) : '');
}
/** The sticky comment; a read-only token (a fork's pull request) warns instead of failing. */
async function comment(result, number, github, job) {
    if (number === undefined) {
        info('comment-on-pr: this run is not for a pull request; no comment.');
        return;
    }
    if (github === undefined) {
        core_warning('comment-on-pr: no github-token or GITHUB_REPOSITORY; no comment.');
        return;
    }
    const marker = commentMarker('quality-gate', job);
    const body = renderQualityGateSummary(result, { limit: COMMENT_LIMIT - marker.length - 1 });
    try {
        const done = await upsertStickyComment(github.api, github.repository, { number, marker, body });
        info(`comment-on-pr: ${done.action} comment ${done.id} on #${number}.`);
    }
    catch (error) {
        if (error instanceof GitHubApiError && error.permissionDenied) {
            core_warning(`comment-on-pr: could not comment on #${number} (${error.apiMessage}); a pull request from a fork gets a read-only token. The verdict is in the job summary.`);
            return;
        }
        throw error;
    }
}
/** Globs one a line, `!` excluding, as @actions/glob reads them; files only, sorted. */
async function expandGlobs(patterns) {
    const globber = await create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: false });
    return [...new Set(await globber.glob())].sort();
}
/** @actions/github only when the API is needed: it is most of the bundle's start-up. */
async function octokit(token) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 918).then(__nccwpck_require__.bind(__nccwpck_require__, 1918));
    const client = getOctokit(token);
    return {
        request: (route, parameters) => client.request(route, parameters),
        paginate: (route, parameters) => client.paginate(route, parameters),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8418);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
