-- title: 各县每年收到多少政府信息公开申请 / Applications received per county and year
-- description: No report counted twice: a county's own consolidated report where it has one, else the sum of the primary reports inside it (basis).
-- rows on: sample
SELECT province, prefecture, county, report_year, value AS received, basis, reports
FROM v_region_year WHERE level = 'county' AND key = 'applications.received'
ORDER BY province, prefecture, county, report_year;
