import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 586:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(473);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=06a25f6228d4672c45384547bac6c48992b28e43a7b4e306d29b073d1d6b338a/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
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
    issueCommand('add-mask', {}, secret);
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    issueCommand('debug', {}, message);
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
function warning(message, properties = {}) {
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
class errors_InputError extends OpsError {
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/gpu/nvidia-smi-locations.ts

/**
 * Where to look for nvidia-smi when the `nvidia-smi` input is empty: PATH first, then, on
 * Windows, where the driver installs it, which is not on PATH for every driver: the DCH driver
 * puts it in %SystemRoot%\System32, the older "standard" driver in
 * %ProgramW6432%\NVIDIA Corporation\NVSMI (NVIDIA's NVML API Reference names both folders for
 * nvml.dll, which ships beside nvidia-smi.exe; PyTorch's torch/utils/collect_env.py tries the same
 * two). Returns names to find on PATH and absolute paths to test, in order.
 */
function planNvidiaSmiCandidates(env, platform) {
    if (platform !== 'win32')
        return ['nvidia-smi'];
    const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
    const programFiles = env.ProgramW6432 ?? env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files';
    return [
        'nvidia-smi',
        external_node_path_namespaceObject.win32.join(systemRoot, 'System32', 'nvidia-smi.exe'),
        external_node_path_namespaceObject.win32.join(programFiles, 'NVIDIA Corporation', 'NVSMI', 'nvidia-smi.exe'),
    ];
}
/**
 * Finds a program the way a shell does: a name with a path separator is taken as a path;
 * otherwise each PATH entry is tried (on Windows with each PATHEXT extension, unless the name
 * has one). `exists` tells whether a file exists; it is passed in to keep this pure.
 */
function findExecutable(name, env, platform, exists) {
    const windows = platform === 'win32';
    const separators = windows ? /[\\/]/ : /\//;
    if (separators.test(name))
        return exists(name) ? name : undefined;
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    const dirs = (env[pathKey] ?? '').split(windows ? ';' : ':').filter((dir) => dir !== '');
    const extensions = windows && !/\.[^\\/.]+$/.test(name) ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
    for (const dir of dirs) {
        for (const extension of extensions) {
            const candidate = windows ? external_node_path_namespaceObject.win32.join(dir, name + extension.toLowerCase()) : (0,external_node_path_namespaceObject.join)(dir, name);
            if (exists(candidate))
                return candidate;
        }
    }
    return undefined;
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
    throw new errors_InputError(name, raw, 'it must be true or false');
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

;// CONCATENATED MODULE: ./packages/core/src/gpu/nvidia-smi-query.ts
/**
 * What gpu-report asks nvidia-smi, and what its exit codes mean. nvidia-smi's own field list
 * (`nvidia-smi --help-query-gpu`) documents every field used here; the exit codes are those of
 * nvidia-smi(1), "RETURN VALUE", which are NVML's nvmlReturn_t values.
 */
/** The fields of one `--query-gpu` sample, in the order nvidia-smi prints them. */
const GPU_QUERY_FIELDS = [
    'timestamp',
    'index',
    'uuid',
    'name',
    'utilization.gpu',
    'memory.used',
    'memory.total',
    'power.draw',
    'temperature.gpu',
];
/** The fields of one `--query-compute-apps` row: one row per process with a compute context. */
const COMPUTE_APPS_QUERY_FIELDS = ['timestamp', 'gpu_uuid', 'pid', 'used_memory'];
/** The smallest sampling interval gpu-report accepts, in milliseconds. */
const MIN_INTERVAL_MS = 100;
/**
 * The arguments of the one long-lived sampler: `-lms N` makes nvidia-smi print one line per GPU
 * every N ms until it is stopped, so one process serves the whole run (not one per sample).
 */
function gpuSamplerArgs(intervalMs) {
    return [`--query-gpu=${GPU_QUERY_FIELDS.join(',')}`, '--format=csv,noheader,nounits', '-lms', String(intervalMs)];
}
/** The arguments of the long-lived compute-apps sampler (per-process GPU memory), same interval. */
function computeAppsSamplerArgs(intervalMs) {
    return [`--query-compute-apps=${COMPUTE_APPS_QUERY_FIELDS.join(',')}`, '--format=csv,noheader,nounits', '-lms', String(intervalMs)];
}
/**
 * The command line of one sampler. nvidia-smi writes its loop's lines with C stdio, and into a
 * pipe C stdio writes 4096-byte blocks unless the program flushes, which nvidia-smi does not
 * document; a block is about 36 samples of one GPU (36 s at the default interval), and a block not
 * yet written is lost when SIGTERM stops it. coreutils' `stdbuf -oL` (where it is found: Linux)
 * makes its stdout line-buffered, so each sample arrives when it is printed. stdbuf execs
 * nvidia-smi: the pid, the exit code and the signals are nvidia-smi's own.
 */
function planSamplerCommand(nvidiaSmi, args, stdbuf) {
    return stdbuf === undefined ? { command: nvidiaSmi, args: [...args] } : { command: stdbuf, args: ['-oL', nvidiaSmi, ...args] };
}
/**
 * nvidia-smi(1), RETURN VALUE. 9 and 12 mean there is no usable driver on this machine: the
 * runner has no GPU for this job. nvidia-smi prints its message on stdout, so the exit code, not
 * the text, decides.
 */
const NVIDIA_SMI_EXIT_CODES = {
    2: 'a supplied argument or flag is invalid',
    3: 'the requested operation is not available on the target device',
    4: 'the current user does not have permission to access this device or perform this operation',
    6: 'a query to find an object was unsuccessful',
    8: "a device's external power cables are not properly attached",
    9: 'the NVIDIA driver is not loaded',
    10: 'the NVIDIA kernel detected an interrupt issue with a GPU',
    12: "the NVML shared library couldn't be found or loaded",
    13: "the local version of NVML doesn't implement this function",
    14: 'the infoROM is corrupted',
    15: 'the GPU has fallen off the bus or has otherwise become inaccessible',
    255: 'another error or an internal driver error occurred',
};
/** Exit codes that mean "no NVIDIA driver here", as opposed to a driver that failed. */
const NO_DRIVER_EXIT_CODES = new Set([9, 12]);
/** `exit code 9 (the NVIDIA driver is not loaded)`. */
function describeNvidiaSmiExit(exitCode, signal) {
    if (signal !== null)
        return `was killed by ${signal}`;
    const meaning = exitCode === null ? undefined : NVIDIA_SMI_EXIT_CODES[exitCode];
    return `exited with code ${String(exitCode)}${meaning ? ` (${meaning})` : ''}`;
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/shell-command.ts

const BUILT_IN = {
    bash: { command: 'bash', argsTemplate: '--noprofile --norc -eo pipefail {0}', extension: '.sh' },
    sh: { command: 'sh', argsTemplate: '-e {0}', extension: '.sh' },
    pwsh: { command: 'pwsh', argsTemplate: `-command ". '{0}'"`, extension: '.ps1' },
    powershell: { command: 'powershell', argsTemplate: `-command ". '{0}'"`, extension: '.ps1' },
    python: { command: 'python', argsTemplate: '{0}', extension: '.py' },
    cmd: { command: 'cmd', argsTemplate: '/D /E:ON /V:OFF /S /C "CALL "{0}""', extension: '.cmd' },
};
/** The shell keywords the runner knows. */
const BUILT_IN_SHELLS = Object.keys(BUILT_IN);
/**
 * The plan for the `shell` input: empty means the runner's default for a `run:` step with
 * `shell` unset in a workflow that names none: bash (pwsh on Windows). A custom template is
 * `command [options] {0} [more options]`.
 */
function planShell(raw, platform) {
    const shell = raw.trim() === '' ? (platform === 'win32' ? 'pwsh' : 'bash') : raw.trim();
    const builtIn = BUILT_IN[shell];
    if (builtIn)
        return { shell, ...builtIn, verbatim: shell === 'cmd' && platform === 'win32' };
    if (!shell.includes('{0}')) {
        throw new errors_InputError('shell', raw, `it must be one of ${BUILT_IN_SHELLS.join(', ')}, or a template such as 'perl {0}' whose {0} is the script file`);
    }
    const space = shell.indexOf(' ');
    const command = space < 0 ? shell : shell.slice(0, space);
    if (command.includes('{0}'))
        throw new errors_InputError('shell', raw, 'its first word must be the program to run, before {0}');
    return { shell: command, command, argsTemplate: space < 0 ? '' : shell.slice(space + 1), extension: '', verbatim: false };
}
/**
 * The script as the runner writes it: cmd gets `@echo off` first; PowerShell stops at the first
 * error and exits with the last native command's exit code; Windows gets CRLF line endings.
 */
function fixUpScript(plan, script, platform) {
    let contents = script;
    if (plan.shell === 'cmd')
        contents = `@echo off\n${contents}`;
    if (plan.shell === 'pwsh' || plan.shell === 'powershell') {
        contents = `$ErrorActionPreference = 'stop'\n${contents}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }`;
    }
    return platform === 'win32' ? contents.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n') : contents;
}
/**
 * The argument list for the script at `scriptPath`: the template split the way .NET splits a
 * command line (whitespace separates, double quotes group, a backslash escapes a double quote),
 * then `{0}` replaced in each argument. The runner substitutes first and splits after, so a temp
 * folder with a space breaks its steps; substituting after the split keeps the path one argument.
 * cmd.exe gets its template verbatim, as the runner passes it (its own quoting is in the template).
 */
function planShellArgs(plan, scriptPath) {
    if (plan.verbatim)
        return [plan.argsTemplate.replaceAll('{0}', scriptPath)];
    return splitCommandLine(plan.argsTemplate).map((arg) => arg.replaceAll('{0}', scriptPath));
}
/** Splits a command line into arguments (the rules of .NET's argument parsing on Unix). */
function splitCommandLine(line) {
    const args = [];
    let current = '';
    let inArg = false;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i] ?? '';
        if (char === '\\' && line[i + 1] === '"') {
            current += '"';
            inArg = true;
            i++;
        }
        else if (char === '"') {
            quoted = !quoted;
            inArg = true;
        }
        else if (/\s/.test(char) && !quoted) {
            if (inArg)
                args.push(current);
            current = '';
            inArg = false;
        }
        else {
            current += char;
            inArg = true;
        }
    }
    if (inArg)
        args.push(current);
    return args;
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/gpu-report-settings.ts




/** The defaults of every input, as action.yml declares them (a test keeps the two equal). */
const GPU_REPORT_DEFAULTS = {
    run: '',
    shell: '',
    'working-directory': '',
    label: 'Ran',
    'interval-ms': '1000',
    'require-gpu': 'false',
    'nvidia-smi': '',
};
/** The longest interval accepted: ten minutes between samples already says little. */
const MAX_INTERVAL_MS = 600_000;
/** Reads and checks every input; `platform` decides the default shell. */
function parseGpuReportSettings(source, platform) {
    const read = (name) => source(name);
    const run = read('run');
    const rawLabel = read('label').trim() === '' ? (GPU_REPORT_DEFAULTS.label ?? 'Ran') : read('label').trim();
    if (/[\r\n]/.test(rawLabel))
        throw new errors_InputError('label', rawLabel, 'it must be one line, such as Rendered');
    if (rawLabel.length > 80)
        throw new errors_InputError('label', rawLabel, 'it must be at most 80 characters');
    const rawInterval = read('interval-ms').trim() === '' ? (GPU_REPORT_DEFAULTS['interval-ms'] ?? '1000') : read('interval-ms').trim();
    const intervalMs = Number(rawInterval);
    if (!/^\d+$/.test(rawInterval) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
        throw new errors_InputError('interval-ms', rawInterval, `it must be a whole number of milliseconds from ${MIN_INTERVAL_MS} to ${MAX_INTERVAL_MS}`);
    }
    const rawRequire = read('require-gpu').trim() === '' ? (GPU_REPORT_DEFAULTS['require-gpu'] ?? 'false') : read('require-gpu');
    const shell = read('shell');
    const nvidiaSmi = read('nvidia-smi').trim();
    return {
        run: run.trim() === '' ? undefined : run,
        shell: planShell(shell, platform),
        defaultShell: shell.trim() === '',
        workingDirectory: read('working-directory').trim(),
        label: rawLabel,
        intervalMs,
        requireGpu: parseBooleanInput('require-gpu', rawRequire),
        nvidiaSmi: nvidiaSmi === '' ? undefined : nvidiaSmi,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/downsample.ts
/**
 * Downsampling for the chart only: the figures (peaks, means) are always computed from every
 * sample. A run of any length becomes at most `maxPoints` points of equal time width; each point
 * holds the mean utilization of its samples (what share of that stretch the GPU was busy) and the
 * peak memory (what it came closest to running out of). Buckets double in width as the run grows,
 * so memory stays bounded by the number of points, not the number of samples.
 */
/** Streaming downsampler: add samples in time order, then read at most `maxPoints` points. */
class SeriesBuckets {
    maxPoints;
    widthMs;
    buckets = new Map();
    /** `initialWidthMs`: the sampling interval, so a short run keeps one point per sample. */
    constructor(maxPoints, initialWidthMs) {
        this.maxPoints = maxPoints;
        if (!Number.isInteger(maxPoints) || maxPoints < 2)
            throw new RangeError(`maxPoints must be an integer of at least 2, got ${maxPoints}`);
        if (!(initialWidthMs > 0))
            throw new RangeError(`initialWidthMs must be positive, got ${initialWidthMs}`);
        this.widthMs = initialWidthMs;
    }
    add(sample) {
        const elapsed = Math.max(0, sample.elapsedMs);
        // Keep at most twice the points asked for while sampling; widen (merge pairs) beyond that.
        while (Math.floor(elapsed / this.widthMs) >= 2 * this.maxPoints)
            this.widen();
        const key = Math.floor(elapsed / this.widthMs);
        let bucket = this.buckets.get(key);
        if (bucket === undefined) {
            bucket = { samples: 0, utilizationSum: 0, utilizationCount: 0, memoryMax: undefined };
            this.buckets.set(key, bucket);
        }
        bucket.samples++;
        if (sample.utilizationPct !== undefined) {
            bucket.utilizationSum += sample.utilizationPct;
            bucket.utilizationCount++;
        }
        if (sample.memoryUsedMiB !== undefined)
            bucket.memoryMax = Math.max(bucket.memoryMax ?? -Infinity, sample.memoryUsedMiB);
    }
    /** The points, oldest first: at most `maxPoints`, empty stretches (no sample) left out. */
    points() {
        let width = this.widthMs;
        let buckets = [...this.buckets.entries()].sort(([a], [b]) => a - b);
        const span = () => (buckets.length === 0 ? 0 : (buckets.at(-1)?.[0] ?? 0) + 1);
        while (span() > this.maxPoints) {
            buckets = mergePairs(buckets);
            width *= 2;
        }
        return buckets.map(([key, bucket]) => ({
            startMs: key * width,
            widthMs: width,
            samples: bucket.samples,
            utilizationPct: bucket.utilizationCount === 0 ? undefined : bucket.utilizationSum / bucket.utilizationCount,
            memoryUsedMiB: bucket.memoryMax,
        }));
    }
    widen() {
        const merged = mergePairs([...this.buckets.entries()]);
        this.buckets.clear();
        for (const [key, bucket] of merged)
            this.buckets.set(key, bucket);
        this.widthMs *= 2;
    }
}
function mergePairs(entries) {
    const merged = new Map();
    for (const [key, bucket] of entries) {
        const target = Math.floor(key / 2);
        const into = merged.get(target);
        if (into === undefined) {
            merged.set(target, { ...bucket });
            continue;
        }
        into.samples += bucket.samples;
        into.utilizationSum += bucket.utilizationSum;
        into.utilizationCount += bucket.utilizationCount;
        if (bucket.memoryMax !== undefined)
            into.memoryMax = Math.max(into.memoryMax ?? -Infinity, bucket.memoryMax);
    }
    return [...merged.entries()].sort(([a], [b]) => a - b);
}
/** Downsamples a whole series at once (see {@link SeriesBuckets}). */
function downsample(samples, maxPoints, initialWidthMs) {
    const buckets = new SeriesBuckets(maxPoints, initialWidthMs);
    for (const sample of samples)
        buckets.add(sample);
    return buckets.points();
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/gpu-stats.ts

/** How many points each GPU's chart series keeps at most. */
const CHART_POINTS = 60;
const max = (current, value) => value === undefined ? current : current === undefined ? value : Math.max(current, value);
/**
 * Running figures per GPU, fed one sample at a time so a long run needs no more memory than a
 * short one. GPUs are told apart by UUID (the index "can change at each boot", nvidia-smi says,
 * though not during a run).
 */
class GpuStatsAccumulator {
    intervalMs;
    chartPoints;
    gpus = new Map();
    total = 0;
    constructor(intervalMs, chartPoints = CHART_POINTS) {
        this.intervalMs = intervalMs;
        this.chartPoints = chartPoints;
    }
    add(sample) {
        this.total++;
        const key = sample.uuid === '' || /^\[/.test(sample.uuid) ? `index:${sample.index}` : sample.uuid;
        let gpu = this.gpus.get(key);
        if (gpu === undefined) {
            gpu = {
                index: sample.index,
                uuid: sample.uuid,
                name: sample.name,
                samples: 0,
                utilizationCount: 0,
                utilizationSum: 0,
                utilizationMax: undefined,
                memoryUsedMax: undefined,
                memoryTotal: undefined,
                powerMax: undefined,
                temperatureMax: undefined,
                series: new SeriesBuckets(this.chartPoints, this.intervalMs),
            };
            this.gpus.set(key, gpu);
        }
        gpu.samples++;
        if (sample.utilizationPct !== undefined) {
            gpu.utilizationCount++;
            gpu.utilizationSum += sample.utilizationPct;
            gpu.utilizationMax = max(gpu.utilizationMax, sample.utilizationPct);
        }
        gpu.memoryUsedMax = max(gpu.memoryUsedMax, sample.memoryUsedMiB);
        gpu.memoryTotal = max(gpu.memoryTotal, sample.memoryTotalMiB);
        gpu.powerMax = max(gpu.powerMax, sample.powerW);
        gpu.temperatureMax = max(gpu.temperatureMax, sample.temperatureC);
        gpu.series.add(sample);
    }
    /** Samples added so far, all GPUs together. */
    get sampleCount() {
        return this.total;
    }
    /** Every GPU seen, by index. */
    summaries() {
        return [...this.gpus.values()]
            .sort((a, b) => a.index - b.index)
            .map((gpu) => ({
            index: gpu.index,
            uuid: gpu.uuid,
            name: gpu.name,
            samples: gpu.samples,
            utilizationSamples: gpu.utilizationCount,
            utilizationMaxPct: gpu.utilizationMax,
            utilizationMeanPct: gpu.utilizationCount === 0 ? undefined : gpu.utilizationSum / gpu.utilizationCount,
            memoryUsedMaxMiB: gpu.memoryUsedMax,
            memoryTotalMiB: gpu.memoryTotal,
            powerMaxW: gpu.powerMax,
            temperatureMaxC: gpu.temperatureMax,
            series: gpu.series.points(),
        }));
    }
}
/** Summarizes a whole list of samples at once (see {@link GpuStatsAccumulator}). */
function summarizeSamples(samples, intervalMs, chartPoints = CHART_POINTS) {
    const accumulator = new GpuStatsAccumulator(intervalMs, chartPoints);
    for (const sample of samples)
        accumulator.add(sample);
    return accumulator.summaries();
}
/**
 * The GPUs, busiest first: the highest mean utilization; where utilization is unknown (MIG) or
 * tied, the most memory used; then the lowest index.
 */
function rankGpus(gpus) {
    const score = (value) => value ?? -1;
    return [...gpus].sort((a, b) => score(b.utilizationMeanPct) - score(a.utilizationMeanPct) ||
        score(b.memoryUsedMaxMiB) - score(a.memoryUsedMaxMiB) ||
        a.index - b.index);
}
/** The GPU the summary line speaks for: the first of {@link rankGpus}. */
function pickBusiestGpu(gpus) {
    return rankGpus(gpus)[0];
}

;// CONCATENATED MODULE: ./packages/core/src/text/csv-rows.ts
/**
 * CSV rows, for the files Python's csv module writes: a wheel's RECORD, gpu-report's samples.
 */
/** Splits CSV text as Python's csv module writes it (comma, `"` quoting, `""` escapes). */
function parseCsvRows(text) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let rowHasContent = false;
    const endRow = () => {
        if (rowHasContent || fields.length > 0 || field !== '')
            rows.push({ fields: [...fields, field], line: rowLine });
        fields = [];
        field = '';
        rowHasContent = false;
    };
    for (let i = 0; i < text.length; i += 1) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i += 1;
            }
            else if (ch === '"') {
                quoted = false;
            }
            else {
                if (ch === '\n')
                    line += 1;
                field += ch;
            }
            continue;
        }
        if (ch === '"') {
            quoted = true;
            rowHasContent = true;
        }
        else if (ch === ',') {
            fields.push(field);
            field = '';
            rowHasContent = true;
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i += 1;
            endRow();
            line += 1;
            rowLine = line;
        }
        else {
            field += ch;
        }
    }
    endRow();
    return rows;
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/parse-nvidia-smi-csv.ts

// nvidia-smi writes a bracketed reason for a value it cannot give: [N/A], [Not Supported],
// [Unknown Error], [Insufficient Permissions], [GPU is lost], [Requested functionality has been
// deprecated]; older drivers and the -q view write a bare N/A.
const UNKNOWN = /^(\[[^\]]*\]|N\/A)$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** A numeric cell: a finite number, or undefined when nvidia-smi says it does not know. */
function parseMetric(cell) {
    const text = cell.trim();
    if (text === '' || UNKNOWN.test(text))
        return undefined;
    // `nounits` is asked for, but a unit suffix (`35 %`, `81559 MiB`, `69.47 W`) is tolerated.
    const value = text.replace(/\s*(%|MiB|W|C)$/i, '');
    if (!NUMBER.test(value))
        return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
}
/** The five measured fields, in gpu-report's order (utilization, memory used, memory total, power, temperature). */
function parseGpuMetrics(cells) {
    const [utilization = '', used = '', total = '', power = '', temperature = ''] = cells;
    return {
        utilizationPct: parseMetric(utilization),
        memoryUsedMiB: parseMetric(used),
        memoryTotalMiB: parseMetric(total),
        powerW: parseMetric(power),
        temperatureC: parseMetric(temperature),
    };
}
/**
 * Parses one line of `--query-gpu=timestamp,index,uuid,name,utilization.gpu,memory.used,
 * memory.total,power.draw,temperature.gpu --format=csv,noheader,nounits`; undefined for any other
 * line (a warning nvidia-smi printed, a blank line). nvidia-smi does not quote its CSV, so a name
 * with a comma is rebuilt from the cells between the uuid and the five numeric ones.
 */
function parseGpuSampleLine(line) {
    const cells = line.replace(/\r$/, '').split(',').map((cell) => cell.trim());
    if (cells.length < GPU_QUERY_FIELDS.length)
        return undefined;
    const [timestamp = '', index = '', uuid = ''] = cells;
    const numeric = cells.slice(-5);
    const name = cells.slice(3, -5).join(', ');
    if (!/^\d+$/.test(index) || !/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(timestamp))
        return undefined;
    return { timestamp, index: Number(index), uuid, name, ...parseGpuMetrics(numeric) };
}
/** Every sample in a block of `--query-gpu` output; `unparsed` holds the lines that were not samples. */
function parseNvidiaSmiCsv(text) {
    const samples = [];
    const unparsed = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const sample = parseGpuSampleLine(line);
        if (sample)
            samples.push(sample);
        else
            unparsed.push(line.replace(/\r$/, ''));
    }
    return { samples, unparsed };
}
/** Parses one line of `--query-compute-apps=timestamp,gpu_uuid,pid,used_memory --format=csv,noheader,nounits`. */
function parseComputeAppLine(line) {
    const cells = line.replace(/\r$/, '').split(',').map((cell) => cell.trim());
    if (cells.length !== COMPUTE_APPS_QUERY_FIELDS.length)
        return undefined;
    const [timestamp = '', gpuUuid = '', pid = '', used = ''] = cells;
    if (!/^\d+$/.test(pid) || !/^\d{4}\/\d{2}\/\d{2} /.test(timestamp))
        return undefined;
    return { timestamp, gpuUuid, pid: Number(pid), usedMemoryMiB: parseMetric(used) };
}
/** Every row of a block of `--query-compute-apps` output. */
function parseComputeAppsCsv(text) {
    return text.split('\n').flatMap((line) => parseComputeAppLine(line) ?? []);
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/samples-csv.ts


/** The header of the `samples` CSV: one row per GPU per sample, unknown values left empty. */
const SAMPLES_CSV_HEADER = 'elapsed_s,timestamp,index,uuid,name,utilization_gpu_pct,memory_used_mib,memory_total_mib,power_draw_w,temperature_gpu_c';
/** RFC 4180 quoting, for names and timestamps. */
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const numberCell = (value) => (value === undefined ? '' : String(value));
/** One row of the `samples` CSV (no line ending). */
function formatSampleRow(sample) {
    return [
        (sample.elapsedMs / 1000).toFixed(3),
        csvCell(sample.timestamp),
        String(sample.index),
        csvCell(sample.uuid),
        csvCell(sample.name),
        numberCell(sample.utilizationPct),
        numberCell(sample.memoryUsedMiB),
        numberCell(sample.memoryTotalMiB),
        numberCell(sample.powerW),
        numberCell(sample.temperatureC),
    ].join(',');
}
/** Reads one row of the `samples` CSV back (the post stage reads what the detached sampler wrote). */
function parseSampleRow(line) {
    const cells = parseCsvRows(line)[0]?.fields ?? [];
    if (cells.length !== 10 || cells[0] === 'elapsed_s')
        return undefined;
    const [elapsed = '', timestamp = '', index = '', uuid = '', name = '', ...metrics] = cells;
    if (!/^\d+(\.\d+)?$/.test(elapsed) || !/^\d+$/.test(index))
        return undefined;
    return { elapsedMs: Number(elapsed) * 1000, timestamp, index: Number(index), uuid, name, ...parseGpuMetrics(metrics) };
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
const markdown_STEP_SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
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
function markdown_byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/render-gpu-summary.ts


/** How many GPUs get a chart, the busiest first; the others are in the table. */
const CHARTED_GPUS = 4;
/** `0.25s`, `4.2s`, `2m 05s`, `1h 02m`: a duration as people read it in a log line. */
function formatElapsed(ms) {
    const seconds = ms / 1000;
    if (seconds < 0.995)
        return `${seconds.toFixed(2)}s`;
    if (seconds < 59.95)
        return `${seconds.toFixed(1)}s`;
    const whole = Math.round(seconds);
    if (whole < 3600)
        return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
    return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}
/**
 * MiB as the GB people call a board's memory: nvidia-smi's MiB / 1024, one decimal, a whole
 * number when it rounds to one (an RTX A5000's 24564 MiB is its "24GB").
 */
function formatGigabytes(mib) {
    const gb = mib / 1024;
    const rounded = Math.round(gb);
    return Math.abs(gb - rounded) < 0.05 ? String(rounded) : gb.toFixed(1);
}
const percent = (value) => (value === undefined ? 'unknown' : `${Math.round(value)}%`);
/**
 * The line for the log, the `summary-line` output and the summary's heading:
 * `Ran in 4.2s (GPU: 98%, VRAM: 12.4/24GB)`, for the busiest GPU (mean utilization; peak and
 * total memory). With several GPUs it says which: `(GPU 1 of 2: …)`.
 */
function formatSummaryLine(report) {
    const head = `${report.label} in ${formatElapsed(report.durationMs)}`;
    const busiest = pickBusiestGpu(report.gpus);
    if (busiest === undefined) {
        const why = report.sampler.kind === 'no-gpu' ? 'no GPU found' : 'GPU not sampled: nvidia-smi failed';
        return `${head} (${why})`;
    }
    const which = report.gpus.length > 1 ? `GPU ${busiest.index} of ${report.gpus.length}` : 'GPU';
    const used = busiest.memoryUsedMaxMiB === undefined ? '?' : formatGigabytes(busiest.memoryUsedMaxMiB);
    const total = busiest.memoryTotalMiB === undefined ? '?' : formatGigabytes(busiest.memoryTotalMiB);
    return `${head} (${which}: ${percent(busiest.utilizationMeanPct)}, VRAM: ${used}/${total}GB)`;
}
/** `python render.py`, or its first line and how many more there are. */
function describeScript(script) {
    const lines = script.trim().split(/\r?\n/);
    const first = (lines[0] ?? '').trim();
    const shown = first.length > 80 ? `${first.slice(0, 79)}…` : first;
    return `${inlineCode(shown)}${lines.length > 1 ? ` (and ${lines.length - 1} more line${lines.length > 2 ? 's' : ''})` : ''}`;
}
function describeRun(report) {
    const duration = formatElapsed(report.durationMs);
    if (report.mode === 'watch')
        return `Watched the job from this step to the end of its last step: ${duration}.`;
    const what = describeScript(report.script ?? '');
    const exit = report.exit;
    if (exit === undefined)
        return `${what} ran for ${duration}.`;
    if (exit.signal)
        return `${what} was killed by ${exit.signal} after ${duration} (exit code ${exit.exitCode}).`;
    return exit.exitCode === 0 ? `${what} succeeded in ${duration}.` : `${what} failed with exit code ${exit.exitCode} after ${duration}.`;
}
function describeSampling(report) {
    const counts = [...new Set(report.gpus.map((gpu) => gpu.samples))];
    const per = counts.length === 1 ? `${counts[0]} sample${counts[0] === 1 ? '' : 's'} of ${report.gpus.length > 1 ? 'each GPU' : 'the GPU'}` : 'samples per GPU in the table';
    const short = report.mode === 'wrap' && report.durationMs < report.intervalMs ? ' (the command ran shorter than one interval)' : '';
    return `nvidia-smi sampled every ${report.intervalMs} ms: ${per}${short}.`;
}
function notes(report) {
    const out = [];
    const sampler = report.sampler;
    const detail = 'detail' in sampler && sampler.detail ? ` It said: ${inlineCode(sampler.detail)}` : '';
    if (sampler.kind === 'no-gpu')
        out.push(`> [!NOTE]\n> No GPU found: ${escapeMarkdown(sampler.reason)}.${detail}`);
    if (sampler.kind === 'failed')
        out.push(`> [!WARNING]\n> The GPU could not be sampled: ${escapeMarkdown(sampler.reason)}.${detail}`);
    if (sampler.kind === 'stopped-early') {
        out.push(`> [!WARNING]\n> The GPU sampler stopped after ${formatElapsed(sampler.afterMs)}: ${escapeMarkdown(sampler.reason)}.${detail} ` +
            `The figures cover the samples before that; the command was not affected.`);
    }
    const blind = report.gpus.filter((gpu) => gpu.samples > 0 && gpu.utilizationSamples === 0);
    if (blind.length > 0) {
        out.push(`> [!NOTE]\n> nvidia-smi reports no utilization for GPU ${blind.map((gpu) => gpu.index).join(', ')} ` +
            `(as on a MIG-enabled GPU): shown as unknown, not as 0.`);
    }
    if (report.unparsedLines > 0)
        out.push(`> nvidia-smi printed ${report.unparsedLines} line(s) that were not samples; they were left out.`);
    return out;
}
const orUnknown = (value, format) => (value === undefined ? 'unknown' : format(value));
const mib = (value) => `${Math.round(value).toLocaleString('en-US')} MiB`;
function renderGpuTable(report) {
    const busiest = pickBusiestGpu(report.gpus);
    const rows = report.gpus.map((gpu) => [
        `${gpu.index}${report.gpus.length > 1 && gpu === busiest ? ' (busiest)' : ''}`,
        escapeMarkdown(gpu.name),
        orUnknown(gpu.utilizationMaxPct, (v) => `${Math.round(v)}%`),
        orUnknown(gpu.utilizationMeanPct, (v) => `${Math.round(v)}%`),
        orUnknown(gpu.memoryUsedMaxMiB, mib),
        orUnknown(gpu.memoryTotalMiB, mib),
        orUnknown(gpu.powerMaxW, (v) => `${v.toFixed(1)} W`),
        orUnknown(gpu.temperatureMaxC, (v) => `${Math.round(v)} °C`),
        String(gpu.samples),
    ]);
    return renderTable(['GPU', 'name', 'utilization peak', 'utilization mean', 'memory peak', 'memory total', 'power peak', 'temperature peak', 'samples'], rows);
}
function renderProcessMemory(report) {
    if (report.gpus.length === 0)
        return undefined;
    const memory = report.processMemory;
    const whose = report.mode === 'wrap' ? "the command's processes" : "the job's processes";
    if (typeof memory === 'string')
        return `Memory of ${whose}: not measured (${escapeMarkdown(memory)}).`;
    const others = memory.otherProcesses > 0 ? `; ${memory.otherProcesses} other process${memory.otherProcesses === 1 ? '' : 'es'} on the GPU${report.gpus.length > 1 ? 's' : ''}, not counted` : '';
    if (memory.ownProcesses === 0)
        return `Memory of ${whose}: none of them had GPU memory${others}.`;
    const peak = memory.maxMiB === undefined ? 'unknown (nvidia-smi reports no per-process memory here, as on Windows in WDDM mode)' : `peak ${mib(memory.maxMiB)}`;
    return `Memory of ${whose}: ${peak}, over ${memory.ownProcesses} process${memory.ownProcesses === 1 ? '' : 'es'}${others}.`;
}
/** Mermaid strings are double-quoted and cannot hold a double quote. */
const chartText = (text) => text.replace(/["\\`]/g, "'").replace(/[\r\n]+/g, ' ');
/** A time axis label: seconds under a minute, m:ss under an hour, else h:mm:ss. */
function timeLabel(ms, unit) {
    const seconds = ms / 1000;
    if (unit === 's')
        return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
    const whole = Math.round(seconds);
    const mmss = `${Math.floor((whole % 3600) / 60)}:${String(whole % 60).padStart(2, '0')}`;
    return unit === 'm:ss' ? `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}` : `${Math.floor(whole / 3600)}:${mmss.padStart(5, '0')}`;
}
const chartNumber = (value) => String(Math.round(value * 10) / 10);
/**
 * One GPU's chart: utilization as bars and memory used as a line, both in % (of the time, and of
 * the board's memory), over time since the sampler started. xychart-beta has no legend, so
 * bars and line tell the two apart, and the title says which is which. Undefined when there is
 * nothing to draw.
 */
function renderGpuChart(gpu) {
    const points = gpu.series;
    if (points.length === 0)
        return undefined;
    const utilization = points.every((point) => point.utilizationPct !== undefined) ? points.map((point) => point.utilizationPct ?? 0) : undefined;
    const total = gpu.memoryTotalMiB;
    const memory = total !== undefined && total > 0 && points.every((point) => point.memoryUsedMiB !== undefined)
        ? points.map((point) => Math.min(100, ((point.memoryUsedMiB ?? 0) / total) * 100))
        : undefined;
    if (utilization === undefined && memory === undefined)
        return undefined;
    const parts = [
        utilization ? 'utilization % (bars)' : undefined,
        memory && total !== undefined ? `memory used % of ${formatGigabytes(total)} GB (line)` : undefined,
    ].filter(Boolean);
    const width = points[0]?.widthMs ?? 0;
    const last = points.at(-1)?.startMs ?? 0;
    const unit = last < 60_000 ? 's' : last < 3_600_000 ? 'm:ss' : 'h:mm:ss';
    const per = points.some((point) => point.samples > 1) ? `; each point ${formatElapsed(width)}: mean utilization, peak memory` : '';
    const lines = [
        'xychart-beta',
        `  title "GPU ${gpu.index} ${chartText(gpu.name)}: ${parts.join(', ')}"`,
        `  x-axis "time since sampling started (${unit})${per}" [${points.map((point) => `"${timeLabel(point.startMs, unit)}"`).join(', ')}]`,
        '  y-axis "%" 0 --> 100',
    ];
    if (utilization)
        lines.push(`  bar [${utilization.map(chartNumber).join(', ')}]`);
    if (memory)
        lines.push(`  line [${memory.map(chartNumber).join(', ')}]`);
    return ['```mermaid', ...lines, '```'].join('\n');
}
/**
 * The job summary: the line, what ran, notes (no GPU, a sampler that stopped, unknown fields),
 * the per-GPU table, the command's own GPU memory, and a chart per GPU (the busiest first, at
 * most {@link CHARTED_GPUS}; a line says how many more are only in the table).
 */
function renderGpuSummary(report) {
    const sections = [`## gpu-report: ${escapeMarkdown(formatSummaryLine(report))}`, describeRun(report)];
    if (report.gpus.length > 0)
        sections.push(describeSampling(report));
    sections.push(...notes(report));
    if (report.gpus.length > 0)
        sections.push(renderGpuTable(report));
    const processMemory = renderProcessMemory(report);
    if (processMemory)
        sections.push(processMemory);
    const ordered = rankGpus(report.gpus);
    const charts = ordered.slice(0, CHARTED_GPUS).flatMap((gpu) => renderGpuChart(gpu) ?? []);
    sections.push(...charts);
    if (ordered.length > CHARTED_GPUS)
        sections.push(`${ordered.length - CHARTED_GPUS} more GPU(s) are in the table only.`);
    if (report.gpus.length > 0)
        sections.push('Every sample is in the CSV file named by the `samples` output.');
    return `${sections.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/gpu-report-outputs.ts


const number = (value, digits) => value === undefined ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits);
/**
 * The step's outputs (every name action.yml declares): figures of the busiest GPU, empty where
 * unknown, never a made-up 0. `samples` is the path of the CSV.
 */
function planGpuReportOutputs(report, samplesPath) {
    const busiest = pickBusiestGpu(report.gpus);
    const memory = report.processMemory;
    return {
        'summary-line': formatSummaryLine(report),
        'duration-seconds': (report.durationMs / 1000).toFixed(3),
        'gpu-count': String(report.gpus.length),
        'gpu-name': busiest?.name ?? '',
        'utilization-max': number(busiest?.utilizationMaxPct, 1),
        'utilization-mean': number(busiest?.utilizationMeanPct, 1),
        'memory-used-max-mib': number(busiest?.memoryUsedMaxMiB, 0),
        'memory-total-mib': number(busiest?.memoryTotalMiB, 0),
        // Measured and none of the command's processes used the GPU: 0; not measured or unknown: empty.
        'process-memory-max-mib': typeof memory === 'string' ? '' : memory.ownProcesses === 0 ? '0' : number(memory.maxMiB, 0),
        samples: samplesPath,
        'exit-code': report.exit === undefined ? '' : String(report.exit.exitCode),
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./actions/gpu-report/src/run-command.ts







/** The wrapped command could not be started: no such shell, no such directory, a spawn error. */
class CommandStartError extends OpsError {
    name = 'CommandStartError';
}
const exists = (path) => (0,external_node_fs_namespaceObject.existsSync)(path) && (0,external_node_fs_namespaceObject.statSync)(path).isFile();
function resolveShell(spec) {
    const platform = process.platform;
    const tries = [spec.shell];
    if (spec.defaultShell)
        tries.push(planShell(spec.shell.shell === 'pwsh' ? 'powershell' : 'sh', platform));
    for (const plan of tries) {
        const command = plan.shell === 'cmd' && platform === 'win32' ? (spec.env.ComSpec ?? spec.env.COMSPEC ?? 'cmd.exe') : plan.command;
        const program = findExecutable(command, spec.env, platform, exists);
        if (program !== undefined)
            return { plan, program };
    }
    throw new CommandStartError(`Cannot start the command: the shell '${spec.shell.command}' was not found on PATH${tries.length > 1 ? ` (nor '${tries[1]?.command ?? ''}')` : ''}. Install it, or set the shell input.`);
}
/**
 * Runs the script as a `run:` step does: written to a temp file with the shell's extension, run
 * by the shell's template, in the working directory, its output going straight to the step's
 * log (inherited stdio: nothing is buffered). SIGINT and SIGTERM sent to the action (a cancelled
 * job) are passed on to it. The script file is removed when it ends.
 */
function startCommand(spec) {
    // (join, not path.resolve: ncc would take a resolve() of a variable for a file to bundle.)
    const cwd = spec.workingDirectory === '' ? spec.workspace : (0,external_node_path_namespaceObject.isAbsolute)(spec.workingDirectory) ? spec.workingDirectory : (0,external_node_path_namespaceObject.join)(spec.workspace, spec.workingDirectory);
    if (!(0,external_node_fs_namespaceObject.existsSync)(cwd) || !(0,external_node_fs_namespaceObject.statSync)(cwd).isDirectory()) {
        throw new CommandStartError(`Cannot start the command: the working-directory '${spec.workingDirectory}' does not exist${(0,external_node_path_namespaceObject.isAbsolute)(spec.workingDirectory) ? '' : ` in ${spec.workspace}`}.`);
    }
    const { plan, program } = resolveShell(spec);
    const scriptPath = (0,external_node_path_namespaceObject.join)(spec.tempDir, `${(0,external_node_crypto_namespaceObject.randomUUID)()}${plan.extension}`);
    (0,external_node_fs_namespaceObject.writeFileSync)(scriptPath, fixUpScript(plan, spec.script, process.platform));
    const args = planShellArgs(plan, scriptPath);
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const child = (0,external_node_child_process_namespaceObject.spawn)(program, args, { cwd, env: spec.env, stdio: 'inherit', windowsVerbatimArguments: plan.verbatim, windowsHide: false });
    const forward = (signal) => () => {
        child.kill(signal);
    };
    const handlers = ['SIGINT', 'SIGTERM'].map((signal) => [signal, forward(signal)]);
    for (const [signal, handler] of handlers)
        process.on(signal, handler);
    const cleanup = () => {
        for (const [signal, handler] of handlers)
            process.off(signal, handler);
        (0,external_node_fs_namespaceObject.rmSync)(scriptPath, { force: true });
    };
    const exited = new Promise((resolvePromise, reject) => {
        child.once('error', (error) => {
            cleanup();
            reject(new CommandStartError(`Cannot start the command with ${program}: ${error.message}`, { cause: error }));
        });
        child.once('exit', (code, signal) => {
            const durationMs = external_node_perf_hooks_namespaceObject.performance.now() - started;
            cleanup();
            if (signal !== null) {
                const number = external_node_os_namespaceObject.constants.signals[signal] ?? 0;
                resolvePromise({ exitCode: 128 + number, signal, durationMs });
            }
            else
                resolvePromise({ exitCode: code ?? 1, durationMs });
        });
    });
    if (child.pid === undefined) {
        // spawn reports a missing program through 'error'; the promise above rejects with it.
        return { pid: -1, exited };
    }
    return { pid: child.pid, exited };
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/process-memory.ts
/**
 * Sums, per moment, the memory of the compute processes that belong to the command, and keeps
 * the highest sum. nvidia-smi prints one batch of rows per loop, every row of a batch with the
 * same timestamp, so a new timestamp closes the previous batch. Whether a pid belongs to the
 * command is decided once, when it is first seen (`belongs` reads the process table then): a
 * process whose parent exits later is re-parented and would otherwise be lost.
 */
class ProcessMemoryTracker {
    belongs;
    verdicts = new Map();
    batchTimestamp;
    batchMiB = 0;
    batchHasOwn = false;
    maxMiB;
    unknown = false;
    /** `belongs(pids)`: which of these new pids are in the command's tree (one table read for all). */
    constructor(belongs) {
        this.belongs = belongs;
    }
    /** Adds one batch of rows (the same timestamp); pids not seen before are classified together. */
    addBatch(rows) {
        const fresh = [...new Set(rows.map((row) => row.pid).filter((pid) => !this.verdicts.has(pid)))];
        if (fresh.length > 0) {
            const ours = this.belongs(fresh);
            for (const pid of fresh)
                this.verdicts.set(pid, ours.has(pid));
        }
        for (const row of rows) {
            if (row.timestamp !== this.batchTimestamp)
                this.closeBatch(row.timestamp);
            if (this.verdicts.get(row.pid) !== true)
                continue;
            this.batchHasOwn = true;
            if (row.usedMemoryMiB === undefined)
                this.unknown = true;
            else
                this.batchMiB += row.usedMemoryMiB;
        }
    }
    summary() {
        this.closeBatch(undefined);
        const own = [...this.verdicts.values()].filter(Boolean).length;
        return { maxMiB: this.maxMiB, ownProcesses: own, otherProcesses: this.verdicts.size - own, unknownMemory: this.unknown };
    }
    closeBatch(next) {
        if (this.batchHasOwn && !(this.unknown && this.batchMiB === 0))
            this.maxMiB = Math.max(this.maxMiB ?? 0, this.batchMiB);
        this.batchTimestamp = next;
        this.batchMiB = 0;
        this.batchHasOwn = false;
    }
}
/** Splits rows into batches of one timestamp each, in order. */
function batchComputeApps(rows) {
    const batches = [];
    for (const row of rows) {
        const last = batches.at(-1);
        if (last?.[0]?.timestamp === row.timestamp)
            last.push(row);
        else
            batches.push([row]);
    }
    return batches;
}

;// CONCATENATED MODULE: ./actions/gpu-report/src/nvidia-smi-sampler.ts





/** How long stop() waits for nvidia-smi to exit after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** How long stop() waits for a first sample when none came yet (a command shorter than nvidia-smi's start-up). */
const FIRST_SAMPLE_WAIT_MS = 3000;
/** How much of what nvidia-smi said is kept for the report when it fails. */
const DETAIL_LIMIT = 500;
/** nvidia-smi's niceness: below the wrapped command, so sampling never takes the CPU it needs. */
const SAMPLER_NICENESS = 10;
/** Lowers a process's priority; a process already gone, or a platform that refuses, is left as it is. */
function lowerPriority(pid) {
    if (pid === undefined)
        return;
    try {
        (0,external_node_os_namespaceObject.setPriority)(pid, SAMPLER_NICENESS);
    }
    catch (error) {
        // uv_os_setpriority's errors (ESRCH, EACCES, …) come as ERR_SYSTEM_ERROR.
        if (error.code !== 'ERR_SYSTEM_ERROR')
            throw error;
    }
}
/**
 * Starts `path args` once and hands each stdout line to `onLine` as it comes. The process is
 * always reaped: stop() waits for its exit, and a failure to start is reported as an exit.
 */
function startLoopProcess(path, args, onLine) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    let stoppedByUs = false;
    let ended = false;
    let detail = '';
    let spawnError;
    const keep = (text) => {
        if (detail.length < DETAIL_LIMIT)
            detail = `${detail}${detail === '' ? '' : ' '}${text.trim()}`.slice(0, DETAIL_LIMIT);
    };
    let child;
    let viaCmd = false;
    let exitStatus;
    let finishNow = () => undefined;
    const exited = new Promise((resolve) => {
        const finish = (exitCode, signal) => {
            if (ended)
                return;
            ended = true;
            resolve({ stoppedByUs, exitCode, signal, spawnError, afterMs: external_node_perf_hooks_namespaceObject.performance.now() - started, detail });
        };
        try {
            // A .cmd/.bat wrapper (a stand-in, a site's shim) can only be run by cmd.exe on Windows.
            viaCmd = process.platform === 'win32' && /\.(cmd|bat)$/i.test(path);
            // POSIX: its own process group (detached), so that stop() reaches whatever runs below it too:
            // an nvidia-smi that is a wrapper script running the real one as a child, not by exec.
            child = viaCmd
                ? (0,external_node_child_process_namespaceObject.spawn)(`"${path}"`, args.map((arg) => `"${arg}"`), { shell: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
                : (0,external_node_child_process_namespaceObject.spawn)(path, [...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: process.platform !== 'win32' });
        }
        catch (error) {
            spawnError = error.code ?? 'ESPAWN';
            keep(error.message);
            finish(null, null);
            return;
        }
        lowerPriority(child.pid);
        child.on('error', (error) => {
            spawnError = error.code ?? 'ESPAWN';
            keep(error.message);
            finish(null, null);
        });
        const stdout = child.stdout;
        const stderr = child.stderr;
        if (stdout === null || stderr === null)
            throw new Error('nvidia-smi was started without pipes');
        stderr.setEncoding('utf8').on('data', (chunk) => keep(chunk));
        const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: stdout, crlfDelay: Infinity });
        lines.on('line', (line) => {
            if (line.trim() === '')
                return;
            if (!onLine(line, external_node_perf_hooks_namespaceObject.performance.now() - started))
                keep(line);
        });
        // 'close' comes after the exit and after stdout and stderr are read to the end.
        child.on('exit', (code, signal) => (exitStatus = { code, signal }));
        child.on('close', (code, signal) => finish(code, signal));
        // Should a grandchild hold the pipes open after the process exited, stop reading and end anyway.
        finishNow = () => {
            stdout.destroy();
            stderr.destroy();
            finish(exitStatus?.code ?? null, exitStatus?.signal ?? 'SIGKILL');
        };
    });
    return {
        exited,
        get ended() {
            return ended;
        },
        async stop(options = {}) {
            if (!ended && options.waitFor !== undefined) {
                await Promise.race([options.waitFor, exited, delay(FIRST_SAMPLE_WAIT_MS)]);
            }
            if (!ended && child !== undefined) {
                stoppedByUs = true;
                const target = child;
                // On Windows a wrapper run by cmd.exe has the real process below it: end the whole tree.
                if (viaCmd && target.pid !== undefined)
                    (0,external_node_child_process_namespaceObject.spawnSync)('taskkill', ['/pid', String(target.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
                else
                    signalGroup(target, 'SIGTERM');
                const force = setTimeout(() => signalGroup(target, 'SIGKILL'), KILL_GRACE_MS);
                const giveUp = setTimeout(finishNow, 2 * KILL_GRACE_MS);
                const exit = await exited;
                clearTimeout(force);
                clearTimeout(giveUp);
                return exit;
            }
            return exited;
        },
    };
}
/** Signals the process and, on POSIX, its whole process group (it leads one: spawned detached). */
function signalGroup(child, signal) {
    if (process.platform !== 'win32' && child.pid !== undefined) {
        try {
            process.kill(-child.pid, signal);
            return;
        }
        catch (error) {
            // ESRCH: the group is gone already; anything else: fall back to the process itself.
            if (error.code === 'ESRCH')
                return;
        }
    }
    child.kill(signal);
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
/** Turns how nvidia-smi ended into the report's outcome. */
function judgeSamplerExit(exit, samples) {
    const detail = exit.detail === '' ? undefined : exit.detail;
    if (exit.spawnError !== undefined) {
        return exit.spawnError === 'ENOENT'
            ? { kind: 'no-gpu', reason: 'nvidia-smi was not found', detail }
            : { kind: 'failed', reason: `nvidia-smi could not be started (${exit.spawnError})`, detail };
    }
    if (exit.stoppedByUs && samples > 0)
        return { kind: 'sampled' };
    const how = `nvidia-smi ${describeNvidiaSmiExit(exit.exitCode, exit.signal)}`;
    if (samples === 0) {
        if (exit.exitCode !== null && NO_DRIVER_EXIT_CODES.has(exit.exitCode))
            return { kind: 'no-gpu', reason: how, detail };
        return { kind: 'failed', reason: exit.stoppedByUs ? 'nvidia-smi printed no sample before the end' : how, detail };
    }
    return { kind: 'stopped-early', reason: how, afterMs: exit.afterMs, detail };
}
/** Starts the one long-lived `--query-gpu` nvidia-smi; `onSample` gets each parsed sample as it arrives. */
function startGpuSampler(path, args, onSample) {
    let samples = 0;
    let unparsed = 0;
    let early;
    let resolveFirst = () => undefined;
    const firstSample = new Promise((resolve) => (resolveFirst = resolve));
    const loop = startLoopProcess(path, args, (line, elapsedMs) => {
        const sample = parseGpuSampleLine(line);
        if (sample === undefined) {
            unparsed++;
            return false;
        }
        samples++;
        onSample(sample, elapsedMs);
        resolveFirst();
        return true;
    });
    // Learn at once when nvidia-smi ends without a sample (no driver), before anyone stops it.
    const ended = loop.exited.then((exit) => {
        if (samples === 0)
            early = judgeSamplerExit(exit, 0);
    });
    return {
        ready: Promise.race([firstSample, ended]),
        get earlyOutcome() {
            return early;
        },
        async stop(options = {}) {
            const exit = await loop.stop({ waitFor: options.waitForFirstSample === true ? firstSample : undefined });
            return { outcome: judgeSamplerExit(exit, samples), samples, unparsedLines: samples === 0 ? 0 : unparsed };
        },
    };
}
function startComputeAppsSampler(path, args, onBatch) {
    let batch = [];
    const flush = () => {
        if (batch.length > 0)
            onBatch(batch);
        batch = [];
    };
    const loop = startLoopProcess(path, args, (line) => {
        const row = parseComputeAppLine(line);
        if (row === undefined)
            return false;
        if (batch.length > 0 && batch[0]?.timestamp !== row.timestamp)
            flush();
        batch.push(row);
        return true;
    });
    return {
        async stop() {
            const exit = await loop.stop();
            flush();
            if (exit.stoppedByUs)
                return undefined;
            if (exit.spawnError !== undefined)
                return `nvidia-smi --query-compute-apps could not be started (${exit.spawnError})`;
            return `nvidia-smi --query-compute-apps ${describeNvidiaSmiExit(exit.exitCode, exit.signal)}${exit.detail ? `: ${exit.detail}` : ''}`;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/gpu/process-tree.ts
/**
 * Which processes belong to a command: its own process and every descendant. The process table
 * is read by the caller (on Linux from /proc/<pid>/stat, on Windows from Win32_Process); this
 * module only answers from a snapshot of pid → parent pid.
 */
/**
 * Reads the text of /proc/<pid>/stat (proc(5): `pid (comm) state ppid … starttime …`). The
 * command name may hold spaces and parentheses, so the fields are read after its last `)`.
 */
function parseProcStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const pid = Number(text.slice(0, open).trim());
    // After the name: field 3 (state) is at 0, field 4 (ppid) at 1, field 22 (starttime) at 19.
    const fields = text.slice(close + 1).trim().split(/\s+/);
    const ppid = Number(fields[1]);
    if (!Number.isInteger(pid) || !Number.isInteger(ppid))
        return undefined;
    return { pid, ppid, state: fields[0] ?? '', startTime: fields[19] ?? '' };
}
/** Whether a process read from /proc/<pid>/stat has exited (a zombie whose parent did not reap it yet). */
function hasExited(stat) {
    return stat.state === 'Z' || stat.state === 'X';
}
/** Reads `pid ppid` lines (what gpu-report prints from Win32_Process on Windows). */
function parsePidPpidLines(text) {
    const table = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
        if (match)
            table.set(Number(match[1]), Number(match[2]));
    }
    return table;
}
/**
 * Whether `pid` is `rootPid` or one of its descendants in `table`. A parent chain that loops
 * (pid reuse while the snapshot was read) or leaves the table ends the walk: not ours.
 */
function isInProcessTree(pid, rootPid, table) {
    const seen = new Set();
    for (let current = pid; current !== undefined && current > 0; current = table.get(current)) {
        if (current === rootPid)
            return true;
        if (seen.has(current))
            return false;
        seen.add(current);
    }
    return false;
}

;// CONCATENATED MODULE: ./actions/gpu-report/src/process-tree-reader.ts



/**
 * Linux: walks each pid's parent chain through /proc/<pid>/stat (proc(5)), a few tiny reads per
 * new pid. A process that has already exited cannot be placed: it does not count.
 */
function linuxMatcher(rootPid) {
    const parentOf = (pid) => {
        try {
            return parseProcStat((0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8'))?.ppid;
        }
        catch {
            return undefined;
        }
    };
    return (pids) => {
        const table = new Map();
        for (const pid of pids) {
            const seen = new Set();
            for (let current = pid; current !== undefined && current > 1 && !seen.has(current); current = table.get(current)) {
                seen.add(current);
                if (current === rootPid)
                    break;
                if (!table.has(current)) {
                    const parent = parentOf(current);
                    if (parent === undefined)
                        break;
                    table.set(current, parent);
                }
            }
        }
        return new Set(pids.filter((pid) => isInProcessTree(pid, rootPid, table)));
    };
}
/**
 * Windows has no /proc: one snapshot of Win32_Process (ProcessId, ParentProcessId) through
 * PowerShell's Get-CimInstance, taken only when nvidia-smi shows pids not seen before (each pid is
 * classified once), so a run pays for it a handful of times at most.
 */
function windowsMatcher(rootPid) {
    return (pids) => {
        const text = (0,external_node_child_process_namespaceObject.execFileSync)('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1}' -f $_.ProcessId, $_.ParentProcessId }"], { encoding: 'utf8', timeout: 20_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
        const table = parsePidPpidLines(text);
        return new Set(pids.filter((pid) => isInProcessTree(pid, rootPid, table)));
    };
}
/** The matcher for this platform, or a reason why process memory cannot be measured here. */
function treeMatcherFor(rootPid, platform) {
    if (platform === 'linux')
        return linuxMatcher(rootPid);
    if (platform === 'win32')
        return windowsMatcher(rootPid);
    return `no process table reader for ${platform}`;
}

;// CONCATENATED MODULE: ./actions/gpu-report/src/sampling.ts





/**
 * coreutils' stdbuf, when it is on PATH and works (it needs its libstdbuf.so; a failed probe
 * exits 125): nvidia-smi then runs line-buffered (see planSamplerCommand). Not on Windows.
 */
function findStdbuf() {
    if (process.platform === 'win32')
        return undefined;
    const stdbuf = findExecutable('stdbuf', process.env, process.platform, (path) => (0,external_node_fs_namespaceObject.existsSync)(path) && (0,external_node_fs_namespaceObject.statSync)(path).isFile());
    if (stdbuf === undefined)
        return undefined;
    const probe = (0,external_node_child_process_namespaceObject.spawnSync)(stdbuf, ['-oL', stdbuf, '--version'], { stdio: 'ignore', timeout: 5000 });
    return probe.status === 0 ? stdbuf : undefined;
}
/**
 * Starts the one long-lived `--query-gpu` nvidia-smi (and, once a process tree is named, the
 * `--query-compute-apps` one): every sample is written to the CSV the moment it is read, so
 * nothing is lost if the run is cut short.
 */
function startSampling(options) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(options.csvPath, 'w');
    (0,external_node_fs_namespaceObject.writeSync)(fd, `${SAMPLES_CSV_HEADER}\n`);
    let closed = false;
    const onSample = (sample, elapsedMs) => {
        const timed = { ...sample, elapsedMs };
        if (!closed)
            (0,external_node_fs_namespaceObject.writeSync)(fd, `${formatSampleRow(timed)}\n`);
        options.onSample?.(timed);
    };
    if (options.nvidiaSmi === undefined) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        closed = true;
        const outcome = { kind: 'no-gpu', reason: 'nvidia-smi was not found' };
        return {
            ready: Promise.resolve(),
            earlyOutcome: outcome,
            watchProcessTree: () => undefined,
            stop: () => Promise.resolve({ outcome, samples: 0, unparsedLines: 0, processMemory: 'no GPU' }),
        };
    }
    const nvidiaSmi = options.nvidiaSmi;
    const stdbuf = findStdbuf();
    const gpuCommand = planSamplerCommand(nvidiaSmi, gpuSamplerArgs(options.intervalMs), stdbuf);
    const gpu = startGpuSampler(gpuCommand.command, gpuCommand.args, onSample);
    let apps;
    let tracker;
    let memoryProblem = 'no process tree was named';
    let stopping = false;
    return {
        ready: gpu.ready,
        get earlyOutcome() {
            return gpu.earlyOutcome;
        },
        watchProcessTree(rootPid) {
            const matcher = treeMatcherFor(rootPid, process.platform);
            if (typeof matcher === 'string') {
                memoryProblem = matcher;
                return;
            }
            const track = new ProcessMemoryTracker(matcher);
            tracker = track;
            memoryProblem = undefined;
            // Only once nvidia-smi has shown it works: on a machine without a driver one failure is enough.
            void gpu.ready.then(() => {
                if (gpu.earlyOutcome !== undefined || stopping)
                    return;
                const appsCommand = planSamplerCommand(nvidiaSmi, computeAppsSamplerArgs(options.intervalMs), stdbuf);
                apps = startComputeAppsSampler(appsCommand.command, appsCommand.args, (rows) => track.addBatch(rows));
            });
        },
        async stop(stopOptions = {}) {
            stopping = true;
            const [gpuResult, appsProblem] = await Promise.all([gpu.stop(stopOptions), apps?.stop()]);
            closed = true;
            (0,external_node_fs_namespaceObject.closeSync)(fd);
            const processMemory = memoryProblem ?? appsProblem ?? (gpuResult.samples === 0 ? 'no GPU' : tracker?.summary() ?? 'not started');
            return { ...gpuResult, processMemory };
        },
    };
}

;// CONCATENATED MODULE: ./actions/gpu-report/src/watch.ts





/** Set on the detached sampler process: the path of its config file. */
const SAMPLER_ENV = 'OPS_ACTIONS_GPU_REPORT_SAMPLER';
/** The files of one watch, in its own folder under RUNNER_TEMP. */
function watchPaths(dir) {
    return {
        configPath: (0,external_node_path_namespaceObject.join)(dir, 'sampler.json'),
        csvPath: (0,external_node_path_namespaceObject.join)(dir, 'samples.csv'),
        readyPath: (0,external_node_path_namespaceObject.join)(dir, 'ready.json'),
        stopPath: (0,external_node_path_namespaceObject.join)(dir, 'stop'),
        resultPath: (0,external_node_path_namespaceObject.join)(dir, 'result.json'),
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it exists but is not ours to signal.
        return error.code === 'EPERM';
    }
}
/** Linux: /proc/<pid>/stat of a process, undefined when it is gone (or elsewhere). */
function readProcStat(pid) {
    if (process.platform !== 'linux')
        return undefined;
    try {
        return parseProcStat((0,external_node_fs_namespaceObject.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the runner's worker still runs. On Linux a zombie (killed, its parent not yet done
 * with it) has ended, and a process with another start time is a later one that got its pid.
 */
function isWorkerAlive(config) {
    if (!isAlive(config.workerPid))
        return false;
    if (process.platform !== 'linux' || config.workerStartTime === undefined)
        return true;
    const stat = readProcStat(config.workerPid);
    return stat !== undefined && !hasExited(stat) && stat.startTime === config.workerStartTime;
}
function writeJsonAtomically(path, value) {
    (0,external_node_fs_namespaceObject.writeFileSync)(`${path}.tmp`, JSON.stringify(value));
    (0,external_node_fs_namespaceObject.renameSync)(`${path}.tmp`, path);
}
/**
 * The detached sampler (watch mode): samples until the post stage asks it to stop (a file), until
 * the runner's worker is gone (a cancelled job whose post stage never ran), or until SIGTERM or
 * SIGINT (the runner ending the job's processes), then stops nvidia-smi, writes its result and
 * exits. It holds no pipe of the step, so the step ends while it goes on.
 */
async function runDetachedSampler(configPath) {
    const config = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(configPath, 'utf8'));
    let signalled = false;
    for (const signal of ['SIGTERM', 'SIGINT'])
        process.on(signal, () => (signalled = true));
    const session = startSampling({ nvidiaSmi: config.nvidiaSmi, intervalMs: config.intervalMs, csvPath: config.csvPath });
    session.watchProcessTree(config.workerPid);
    let ready = false;
    void session.ready.then(() => {
        ready = true;
        writeJsonAtomically(config.readyPath, { earlyOutcome: session.earlyOutcome ?? null });
    });
    const poll = Math.min(config.intervalMs, 500);
    // Without a GPU there is nothing to wait for once nvidia-smi said so.
    while (!signalled && !(0,external_node_fs_namespaceObject.existsSync)(config.stopPath) && isWorkerAlive(config) && !(ready && session.earlyOutcome !== undefined))
        await sleep(poll);
    writeJsonAtomically(config.resultPath, await session.stop({ waitForFirstSample: !signalled }));
}
/** How long the main stage waits for the sampler's first sample (nvidia-smi can be slow to start without persistence mode). */
const READY_TIMEOUT_MS = 20_000;
/**
 * Starts the detached sampler and waits until it has its first sample, or knows there is no
 * GPU. Resolves with the early outcome (no-gpu, failed) or undefined when sampling; `ready` is
 * false when nvidia-smi printed nothing within READY_TIMEOUT_MS (it goes on sampling).
 */
async function startWatch(options) {
    const paths = watchPaths(options.dir);
    const startedNs = process.hrtime.bigint().toString();
    const workerPid = process.ppid;
    const config = { ...paths, nvidiaSmi: options.nvidiaSmi, intervalMs: options.intervalMs, workerPid, workerStartTime: readProcStat(workerPid)?.startTime };
    (0,external_node_fs_namespaceObject.writeFileSync)(paths.configPath, JSON.stringify(config));
    const script = process.argv[1];
    if (script === undefined)
        throw new OpsError('Cannot start the sampler: the action does not know its own script path.');
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [script], {
        detached: true,
        stdio: 'ignore',
        windowsHide: true,
        env: { ...process.env, [SAMPLER_ENV]: paths.configPath },
    });
    let spawnError;
    let exited = false;
    child.on('error', (error) => (spawnError = error));
    child.on('exit', () => (exited = true));
    child.unref();
    const state = { dir: options.dir, samplerPid: child.pid ?? -1, startedNs };
    for (let waited = 0; !(0,external_node_fs_namespaceObject.existsSync)(paths.readyPath); waited += 50) {
        if (spawnError)
            throw new OpsError(`Cannot start the sampler: ${spawnError.message}`, { cause: spawnError });
        if (exited && !(0,external_node_fs_namespaceObject.existsSync)(paths.readyPath))
            throw new OpsError('The sampler process ended before it started sampling.');
        if (waited >= READY_TIMEOUT_MS)
            return { state, earlyOutcome: undefined, ready: false };
        await sleep(50);
    }
    const ready = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(paths.readyPath, 'utf8'));
    return { state, earlyOutcome: ready.earlyOutcome ?? undefined, ready: true };
}
/**
 * Asks the sampler to stop and waits for its result. A sampler that is gone without one (killed)
 * is reported as stopped early; one that does not answer is killed.
 */
async function stopWatch(state, lastSampleMs) {
    const paths = watchPaths(state.dir);
    (0,external_node_fs_namespaceObject.writeFileSync)(paths.stopPath, '');
    for (let waited = 0; waited <= 15_000; waited += 50) {
        if ((0,external_node_fs_namespaceObject.existsSync)(paths.resultPath))
            return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(paths.resultPath, 'utf8'));
        if (!isAlive(state.samplerPid) && !(0,external_node_fs_namespaceObject.existsSync)(paths.resultPath))
            break;
        await sleep(50);
    }
    if (isAlive(state.samplerPid))
        process.kill(state.samplerPid, 'SIGKILL');
    return {
        outcome: { kind: 'stopped-early', reason: 'the gpu-report sampler process ended before the job did', afterMs: lastSampleMs() },
        samples: 0,
        unparsedLines: 0,
        processMemory: 'the sampler process ended early',
    };
}

;// CONCATENATED MODULE: ./actions/gpu-report/src/main.ts










const STAGE_KEY = 'stage';
const READY_TIMEOUT_S = READY_TIMEOUT_MS / 1000;
const STATE_KEY = 'watch';
/**
 * One entry for all three processes the bundle runs as: the detached sampler (watch mode), the
 * post stage (a watch was started), and the main stage.
 */
async function run() {
    const samplerConfig = process.env[SAMPLER_ENV];
    if (samplerConfig !== undefined && samplerConfig !== '')
        return runDetachedSampler(samplerConfig);
    try {
        // The main stage marks itself first thing; the post stage (post-if: always()) sees the mark,
        // and has work only when main started a watch (with run, the main stage did everything).
        if (getState(STAGE_KEY) === '')
            await runMain();
        else if (getState(STATE_KEY) !== '')
            await runPost(JSON.parse(getState(STATE_KEY)));
    }
    catch (error) {
        setFailed(formatError(error));
    }
}
/** nvidia-smi's path: the input, or PATH and the driver's usual places; undefined when absent. */
function locateNvidiaSmi(settings) {
    const isFile = (path) => (0,external_node_fs_namespaceObject.existsSync)(path) && (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    const candidates = settings.nvidiaSmi === undefined ? planNvidiaSmiCandidates(process.env, process.platform) : [settings.nvidiaSmi];
    for (const candidate of candidates) {
        const found = findExecutable(candidate, process.env, process.platform, isFile);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function runDir() {
    const dir = (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)(), `gpu-report-${(0,external_node_crypto_namespaceObject.randomUUID)()}`);
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    return dir;
}
function noGpuFailure(outcome) {
    const reason = 'reason' in outcome ? outcome.reason : 'nvidia-smi failed';
    return new OpsError(`require-gpu is true, but no GPU can be sampled: ${reason}.${'detail' in outcome && outcome.detail ? ` nvidia-smi said: ${outcome.detail}` : ''}`);
}
async function runMain() {
    saveState(STAGE_KEY, 'main-done');
    const settings = parseGpuReportSettings((name) => getInput(name, { trimWhitespace: name !== 'run' }), process.platform);
    const nvidiaSmi = locateNvidiaSmi(settings);
    const dir = runDir();
    if (settings.run === undefined) {
        if (settings.workingDirectory !== '' || !settings.defaultShell) {
            notice('gpu-report: shell and working-directory apply to run; without run the whole job is watched.');
        }
        const { state, earlyOutcome, ready } = await startWatch({ dir, nvidiaSmi, intervalMs: settings.intervalMs });
        if (!ready && settings.requireGpu) {
            await stopWatch(state, () => 0);
            throw noGpuFailure({ kind: 'failed', reason: `nvidia-smi printed no sample within ${READY_TIMEOUT_S} s` });
        }
        saveState(STATE_KEY, JSON.stringify({ ...state, settings: { label: settings.label, intervalMs: settings.intervalMs } }));
        setOutput('samples', watchPaths(dir).csvPath);
        if (!ready)
            notice(`gpu-report: nvidia-smi printed no sample within ${READY_TIMEOUT_S} s; it goes on, and the end of the job reports what it got.`);
        if (earlyOutcome !== undefined && settings.requireGpu)
            throw noGpuFailure(earlyOutcome);
        if (earlyOutcome !== undefined)
            notice(`gpu-report: no GPU will be reported: ${'reason' in earlyOutcome ? earlyOutcome.reason : ''}.`);
        else if (ready)
            info(`gpu-report: sampling the GPU every ${settings.intervalMs} ms until the job ends (${nvidiaSmi ?? ''}).`);
        return;
    }
    const csvPath = (0,external_node_path_namespaceObject.join)(dir, 'samples.csv');
    const stats = new GpuStatsAccumulator(settings.intervalMs);
    const sampling = startSampling({ nvidiaSmi, intervalMs: settings.intervalMs, csvPath, onSample: (sample) => stats.add(sample) });
    if (settings.requireGpu) {
        // Know before the command starts: a GPU job must not run, slowly, on the CPU.
        await sampling.ready;
        if (sampling.earlyOutcome !== undefined) {
            await sampling.stop();
            throw noGpuFailure(sampling.earlyOutcome);
        }
    }
    let command;
    try {
        command = startCommand({
            script: settings.run,
            shell: settings.shell,
            defaultShell: settings.defaultShell,
            workingDirectory: settings.workingDirectory,
            workspace: process.cwd(),
            tempDir: dir,
            env: process.env,
        });
        sampling.watchProcessTree(command.pid);
    }
    catch (error) {
        await sampling.stop();
        throw error;
    }
    const exit = await command.exited.catch(async (error) => {
        await sampling.stop();
        throw error;
    });
    const result = await sampling.stop({ waitForFirstSample: true });
    const report = {
        mode: 'wrap',
        label: settings.label,
        script: settings.run,
        durationMs: exit.durationMs,
        exit,
        intervalMs: settings.intervalMs,
        gpus: stats.summaries(),
        sampler: result.outcome,
        processMemory: result.processMemory,
        unparsedLines: result.unparsedLines,
    };
    await publish(report, csvPath);
    if (exit.exitCode !== 0) {
        // The step's exit code is the command's, as for a run step (setFailed would make it 1).
        error(exit.signal ? `The command was killed by ${exit.signal} (exit code ${exit.exitCode}).` : `Process completed with exit code ${exit.exitCode}.`);
        process.exitCode = exit.exitCode;
    }
}
async function runPost(state) {
    const csvPath = watchPaths(state.dir).csvPath;
    const stats = new GpuStatsAccumulator(state.settings.intervalMs);
    let lastMs = 0;
    const result = await stopWatch(state, () => lastMs);
    const durationMs = Number(process.hrtime.bigint() - BigInt(state.startedNs)) / 1e6;
    if ((0,external_node_fs_namespaceObject.existsSync)(csvPath)) {
        for await (const line of (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_namespaceObject.createReadStream)(csvPath), crlfDelay: Infinity })) {
            const sample = parseSampleRow(line);
            if (sample === undefined)
                continue;
            stats.add(sample);
            lastMs = sample.elapsedMs;
        }
    }
    const outcome = result.outcome.kind === 'stopped-early' && result.outcome.afterMs === 0 && lastMs > 0 ? { ...result.outcome, afterMs: lastMs } : result.outcome;
    await publish({
        mode: 'watch',
        label: state.settings.label,
        durationMs,
        intervalMs: state.settings.intervalMs,
        gpus: stats.summaries(),
        sampler: outcome,
        processMemory: result.processMemory,
        unparsedLines: result.unparsedLines,
    }, csvPath);
}
async function publish(report, csvPath) {
    const outcome = report.sampler;
    if (outcome.kind === 'stopped-early')
        warning(`gpu-report: nvidia-smi stopped early: ${outcome.reason}. The figures cover the samples before that.`);
    if (outcome.kind === 'failed')
        warning(`gpu-report: the GPU could not be sampled: ${outcome.reason}.`);
    for (const [name, value] of Object.entries(planGpuReportOutputs(report, csvPath)))
        setOutput(name, value);
    info(formatSummaryLine(report));
    if (process.env.GITHUB_STEP_SUMMARY)
        await summary.addRaw(renderGpuSummary(report)).write();
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(586);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
