// One rule for what a request's address may carry, for pages and the API alike: every percent-encoding must
// decode (as UTF-8), and no control character (NUL and the like) may appear once decoded. Anything else is a
// malformed request, answered 400 by proxy.ts before any page or route runs (and never reaches the database).

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u001F\u007F]/;

/** The problem with a raw path or query string, or null when it is well-formed. */
export function malformedUrlPart(raw: string): string | null {
  for (const piece of raw.split(/[/?&=+]/)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(piece);
    } catch {
      return "broken percent-encoding";
    }
    if (CONTROL.test(decoded)) return "a control character";
  }
  return null;
}

/** True when text a person typed holds a control character (tab and newline excepted): refused as input. */
export function hasControlCharacter(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

/** Text to show back to a person (a search box's value): without control characters, which HTML cannot carry. */
export function withoutControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}
