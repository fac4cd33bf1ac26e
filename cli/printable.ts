/**
 * What the CLI prints comes largely from packages: vendor and evaluator names, captions, notes, zip entry names,
 * record ids inside problem messages. A terminal obeys control characters in them: ESC starts sequences that
 * clear the screen, move the cursor or set the window title (a vendor named "Evil\e[2J… SOUND" wipes the real
 * verdict and prints a fake one), NUL and C1 controls do the same on some terminals, CR overwrites a line and
 * bidi overrides reverse the text after them. So every character of those kinds is printed as a visible
 * `\uXXXX` escape. That form is also a valid JSON escape, so `--json` output stays JSON that reads back the same.
 *
 * The function is idempotent (its output holds no such characters), so it is applied once to each value where a
 * line is composed (`field`, which also escapes line breaks: a value must not fake a line of its own) and again,
 * keeping the line breaks the CLI itself writes, to everything written to stdout and stderr.
 */

// C0 controls, DEL, C1 controls; the Arabic letter mark, LRM/RLM, the embeddings and overrides (LRE…RLO), the
// isolates (LRI…PDI), and the line and paragraph separators some terminals treat as line breaks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with every control and bidi character made visible; `keepLines` keeps line feeds and tabs as they are. */
export function printable(text: string, keepLines = true): string {
  return text.replace(keepLines ? UNSAFE_KEEPING_LINES : UNSAFE, escape);
}

/** A value from a package (or the command line) placed inside a line of output: nothing in it can break the line. */
export const field = (value: string): string => printable(value, false);
