/** One `_headers` rule: a URL pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
/** Parses `_headers` text into rules. */
export function parseHeadersFile(text: string): HeaderRule[];
/** The headers that apply to a path. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][];
