-- Affelnet and Parcoursup lines as published, one row per line of the file (the same UAI and MEFSTAT11 may
-- appear on several lines). Their filters and sums are applied when the offers are built.
create table affelnet_ligne (
  rentree_scolaire varchar(4) not null,
  ligne integer not null,
  uai varchar(8) not null,
  mefstat11 varchar(11) not null,
  voeu_recensement varchar(1),
  statut text,
  capacite integer,
  premiers_voeux integer,
  primary key (rentree_scolaire, ligne)
);

create table parcoursup_ligne (
  rentree_scolaire varchar(4) not null,
  ligne integer not null,
  uai varchar(8) not null,
  mefstat11 varchar(11) not null,
  statut text,
  capacite integer,
  voeux_confirmes integer,
  primary key (rentree_scolaire, ligne)
);

-- Capacity and wishes of the entry year of each offer (Affelnet first-rank wishes, or Parcoursup confirmed wishes
-- for BTS).
alter table offre add column capacite integer;
alter table offre add column premiers_voeux integer;
