// The four generations of report (METRICS.md), a module of its own so that the metric
// registry and the record schema can both read it without importing each other.
/** The official table templates, oldest first: a new template year is one more entry here. */
export const GOV_TEMPLATES = ['gov2019', 'gov2021'] as const;
export const TEMPLATES = ['narrative', 'stat2008', ...GOV_TEMPLATES] as const;
