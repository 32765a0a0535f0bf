-- Grain: one row per body (body_id = today's region code + organ), with every name it was
-- printed under. Feeds bodies.csv. The bodies tables are rebuilt from the present reports
-- after each run that changed anything (load/bodies.ts).
CREATE VIEW v_bodies AS
SELECT b.body_id, b.name, b.organ, b.kind, b.level, b.region_code_current AS region_code, b.province_current AS province,
       b.prefecture_current AS prefecture, b.county_current AS county, b.first_year, b.last_year, b.reports,
       (SELECT group_concat(a.name, ' / ') FROM (SELECT name FROM body_aliases a WHERE a.body_id = b.body_id ORDER BY first_year, name) a) AS aliases
FROM bodies b;
