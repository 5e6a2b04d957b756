-- Issue 15: an import report counts all of its errors, even those it does not list; an import whose
-- values are valid but implausible stops before writing until an administrator confirms it.

-- Every error of the file, listed or not (rejets keeps the first thousand); null before V21.
alter table import_run add column nombre_rejets integer;
-- Implausible values found before writing: they stopped the import, or were accepted.
alter table import_run add column alertes jsonb;
-- Who accepted the implausible values of this import (a user's e-mail, or « ligne de commande »).
alter table import_run add column alertes_acceptees_par text;
-- On an import made by confirming a stopped one: that one.
alter table import_run add column suite_de bigint references import_run (id);
-- On a stopped import: who confirmed or cancelled it.
alter table import_run add column decision_par text;

-- The file of an import stopped for implausible values, kept until an administrator confirms or
-- cancels it, in the database so that any Orion instance can import it.
create table import_a_confirmer (
  import_run_id bigint primary key references import_run (id) on delete cascade,
  contenu bytea not null,
  type text,
  annee text
);
