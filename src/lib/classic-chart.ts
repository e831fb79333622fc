// Which responsibility chart the course teaches, worded once for every place that shows the matrix (lesson tables,
// slides, the printed handout, the matrix challenge). Plain strings with no imports, so that any page can use them.

/** Caption of every table of the whole matrix: it names the chart the course teaches. */
export const CLASSIC_CHART_CAPTION = 'Microsoft’s classic chart: who secures each layer, by service type';

/** The short note that sits right under every full table of the matrix: how Microsoft's January 2026 page differs. */
export const CHART_REVISION_NOTE =
  'This is the classic chart from Microsoft’s Azure Fundamentals training, and the one this course teaches. ' +
  'Microsoft’s public page, revised in January 2026, renames three rows, adds “Configurations and settings” ' +
  '(the customer’s under every service type), drops “Identity and directory infrastructure” and makes client ' +
  'devices and applications shared under SaaS.';
