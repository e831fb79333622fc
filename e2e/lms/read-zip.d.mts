/** Reads the entries of a zip file: entry path → contents. */
export function readZip(file: string): Map<string, Buffer>;
