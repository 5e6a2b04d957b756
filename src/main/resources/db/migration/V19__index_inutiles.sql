-- Indexes that no query needs and every import of their table paid for (issue 2, docs/benchmarks.md).
-- Formations are searched by words of their label, which reads the whole table anyway; filtering them by
-- niveau or NSF scans 15,000 rows in about a millisecond, and joins on these codes are hash joins.
drop index formation_code_niveau_idx;
drop index formation_code_nsf_idx;
