// The metric dictionary is the registry's view of itself (metrics/registry.ts).
export { metricDictionary, printedLabel, type MetricDef as DictionaryEntry } from './metrics/index.js';
