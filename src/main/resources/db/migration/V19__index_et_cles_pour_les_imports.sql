-- Indexes that no query needs and every import of their table paid for (issues 2 and 3, docs/benchmarks.md).
-- Formations are searched by words of their label, which reads the whole table anyway; filtering them by niveau or
-- NSF scans 15,000 rows in about a millisecond, and joins on these codes are hash joins. MEFSTAT11 are looked up by
-- whole sets (the formations of an établissement, of a région), which a hash join over the 10,000 MEF answers.
drop index formation_code_niveau_idx;
drop index formation_code_nsf_idx;
drop index mef_mefstat11_idx;

-- The constat's key begins with the UAI rather than the rentrée, which every line of a file shares: the key of a whole
-- rentrée is then built by one sort that compares the first bytes of each UAI, three times faster, and the lines of an
-- établissement are found by it. A rentrée is always read whole.
-- jOOQ's code generator, which does not know PostgreSQL's name for the key, keeps the former order of its columns.
/* [jooq ignore start] */
alter table constat_rentree drop constraint constat_rentree_pkey;
alter table constat_rentree add primary key (uai, mefstat11, rentree_scolaire);
/* [jooq ignore stop] */
