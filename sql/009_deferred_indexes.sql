-- Indexes a bulk load drops while it writes and builds again at its end: one sort over the
-- finished table is several times cheaper than keeping the index up to date row by row
-- (metric_values(key) alone was 60% of the write time of a first load). The definition is
-- kept here while the index is away, so that a run killed in between is healed by the next
-- one; until then queries are correct, only slower.
CREATE TABLE deferred_indexes (
  name TEXT PRIMARY KEY,
  sql  TEXT NOT NULL
) STRICT;
