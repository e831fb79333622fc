/** The control files of a SCORM standard as [file name, bytes], sorted; none for cmi5. */
export function controlFiles(standard: string, schemaDir?: string): [string, Buffer][];
