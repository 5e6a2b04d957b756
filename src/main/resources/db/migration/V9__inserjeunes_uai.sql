-- InserJeunes counts per établissement, as the DEPP publishes them through its API (or the team dumps them to
-- ij_uai_data.csv): counts only, rates are computed by Orion. Keyed by UAI first, the way they are read.

-- Per formation: MEFSTAT11 of the final year for the voie scolaire, CFD for apprenticeship.
create table inserjeunes_uai (
  millesime varchar(9) not null,
  uai varchar(8) not null,
  voie varchar(20) not null,
  code_formation varchar(11) not null,
  nb_annee_term integer,
  nb_sortant integer,
  nb_poursuite_etudes integer,
  nb_en_emploi_6_mois integer,
  nb_en_emploi_12_mois integer,
  nb_en_emploi_24_mois integer,
  primary key (uai, millesime, voie, code_formation)
);

-- The whole établissement: every leaver (ensemble), apprentices (apprentis) or pupils of the voie professionnelle
-- scolaire (voieprosco), with the DEPP's valeur ajoutée of the taux d'emploi à 6 mois (in points).
create table inserjeunes_uai_ensemble (
  millesime varchar(9) not null,
  uai varchar(8) not null,
  ensemble varchar(20) not null,
  nb_annee_term integer,
  nb_sortant integer,
  nb_poursuite_etudes integer,
  nb_en_emploi_6_mois integer,
  nb_en_emploi_12_mois integer,
  nb_en_emploi_24_mois integer,
  valeur_ajoutee_6_mois numeric(6, 2),
  primary key (uai, millesime, ensemble)
);
