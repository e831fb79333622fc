// Finds the LMS's SCORM API object the way the standards describe: in this window or one of its parents, then in
// the window that opened this one (and its parents). Frames of other origins are skipped, not fatal.

/** The SCORM 1.2 run-time API (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string | boolean;
  LMSFinish(empty: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(empty: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 run-time API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(empty: ''): string | boolean;
  Terminate(empty: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(empty: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** How many frames up we look before giving up (the SCORM 1.2 reference wrapper uses 7; LMSs nest deeper). */
const MAX_DEPTH = 10;

function lookUp<T>(start: Window | null, name: string): T | null {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api && typeof api === 'object') return api as T;
    } catch {
      // Another origin: keep walking up.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The API object called `name` above `win` (parents first, then the opener's chain), or null when there is none. */
export function findApi<T>(win: Window, name: 'API' | 'API_1484_11'): T | null {
  const found = lookUp<T>(win, name);
  if (found) return found;
  try {
    return win.opener ? lookUp<T>(win.opener as Window, name) : null;
  } catch {
    return null;
  }
}
