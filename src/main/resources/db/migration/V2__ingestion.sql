-- Every import run, successful or not, with its report.
create table import_run (
  id bigint generated always as identity primary key,
  type text,
  fichier text not null,
  empreinte text,
  annee text,
  statut text not null,
  simulation boolean not null default false,
  lignes_lues integer not null default 0,
  lignes_acceptees integer not null default 0,
  lignes_rejetees integer not null default 0,
  lignes_modifiees integer not null default 0,
  encodage text,
  message text,
  rejets jsonb,
  avertissements jsonb,
  debut timestamp with time zone not null,
  fin timestamp with time zone
);

create index import_run_debut_idx on import_run (debut desc);
