-- Indicators. Source lines are kept as published (counts, never rates); derived tables are rebuilt from them.

-- Constat de rentrée: headcount per UAI and MEFSTAT11 at a rentrée.
create table constat_rentree (
  rentree_scolaire varchar(4) not null,
  uai varchar(8) not null,
  mefstat11 varchar(11) not null,
  effectif integer not null,
  primary key (rentree_scolaire, uai, mefstat11)
);

-- The offer of each établissement at a rentrée (voie scolaire from the constat through N_MEF): the headcount of
-- each year of the dispositif. Rebuilt after every import of the constat or of N_MEF.
create table offre (
  rentree_scolaire varchar(4) not null,
  uai varchar(8) not null,
  cfd varchar(8) not null,
  code_dispositif varchar(3) not null,
  voie varchar(20) not null,
  effectif_1 integer,
  effectif_2 integer,
  effectif_3 integer,
  primary key (rentree_scolaire, uai, cfd, code_dispositif, voie)
);

create index offre_cfd_idx on offre (cfd, code_dispositif);

-- InserJeunes counts per millésime, région, voie and formation (MEFSTAT11 of the final year for the voie scolaire,
-- CFD for apprenticeship), as the DEPP publishes them.
create table inserjeunes_region (
  millesime varchar(9) not null,
  code_region varchar(2) not null,
  voie varchar(20) not null,
  code_formation varchar(11) not null,
  nb_annee_term integer,
  nb_sortant integer,
  nb_poursuite_etudes integer,
  nb_en_emploi_6_mois integer,
  nb_en_emploi_12_mois integer,
  nb_en_emploi_24_mois integer,
  primary key (millesime, code_region, voie, code_formation)
);
