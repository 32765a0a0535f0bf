-- title: 申请办理结果构成 / How applications were answered, per year
-- description: The outcome rows of 表三 per year, all applicants together; a report collected twice counts once (is_primary).
-- rows on: sample
SELECT report_year, outcome, SUM(count) AS applications
FROM v_applications WHERE applicant = 'total' AND is_primary
GROUP BY report_year, outcome ORDER BY report_year, applications DESC;
