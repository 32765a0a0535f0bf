-- What the database held at the end of each finished run (issue 19, point 6): distinct reports
-- (copy groups), copies, same-body-year conflicts and bodies. A night on which nothing changed
-- reads them from the last finished run instead of counting 100,000 reports again (0.26 s of
-- a no-op run). NULL for runs before this migration and for runs that did not finish.
ALTER TABLE runs ADD COLUMN report_groups INTEGER;
ALTER TABLE runs ADD COLUMN report_copies INTEGER;
ALTER TABLE runs ADD COLUMN report_conflicts INTEGER;
ALTER TABLE runs ADD COLUMN bodies INTEGER;
