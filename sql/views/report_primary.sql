-- Grain: one row per report of a present file (a file marked missing is in no view: every
-- view reads reports through this one). Feeds no CSV itself; every mart reads it.
--
-- The one decision of which report stands for a body's year (`is_primary = 1`, exactly one
-- per body and year): the copy group's primary as load/copies.ts stored it (the most complete
-- copy, recomputed after every run that changed, added or lost a file); among present files
-- only; should two present reports of one body and year both be marked (a run killed before
-- it settled the copies), the one the latest run processed, then the path that sorts last.
-- A report without a year stands alone. Sums and series keep `is_primary = 1` rows only, so a
-- body-year's figures all come from one file.
CREATE VIEW v_report_primary AS
SELECT r.id AS report_id,
       (r.report_year IS NULL
        OR ROW_NUMBER() OVER (PARTITION BY COALESCE(r.body_id, 'file:' || f.path), r.report_year
                              ORDER BY r.is_primary DESC, f.processed_run DESC, f.path DESC) = 1) AS is_primary,
       r.copy_group, f.id AS file_id, f.path AS file, f.format, f.encoding, r.body_id, r.report_year
FROM reports r
JOIN source_files f ON f.id = r.source_file_id
WHERE f.present = 1;
