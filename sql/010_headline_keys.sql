-- The headline metrics (METRICS.md) are named once, in the extractor's metric dictionary
-- (pipeline/transform/dictionary.ts, written to metric_dictionary by every run and export):
-- headline_rank orders them (the column order of yearly_comparison.csv), NULL elsewhere.
-- The views that listed the keys themselves read them from there instead (sql/views/).
ALTER TABLE metric_dictionary ADD COLUMN headline_rank INTEGER CHECK (headline_rank > 0);

