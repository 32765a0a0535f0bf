-- Indexes the nightly run needs at national scale: the cross-year check T3-X pairs each
-- report with the same body's previous year (without this index that pairing is quadratic:
-- 10,000 reports took minutes), and clears its earlier findings by check id.
CREATE INDEX reports_short_year ON reports(body_short_name, report_year);
CREATE INDEX validation_issues_check ON validation_issues(check_id);
