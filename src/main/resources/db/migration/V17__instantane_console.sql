-- The snapshot of the établissements console (issue 6). Orion computes the rows of that console for
-- every rentrée and the current millésime once the data change, into the table
-- console_etablissements that it creates and replaces itself (its columns are those of the
-- console's rows); this table says what the snapshot holds, so that it is read only while current.
create table instantane_console (
  nom varchar(30) primary key,
  -- The latest successful import when the snapshot was computed (import_run.id).
  import_id bigint not null,
  millesime varchar(9) not null,
  -- A digest of the SQL that computed it and of its indexes: a new version of Orion computes it again.
  forme varchar(64) not null,
  construit_le timestamp with time zone not null default now()
);
