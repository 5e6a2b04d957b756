-- DEPP InserJeunes indicators per établissement, as published in its two files of each millésime: one line per
-- lycée and périmètre in the "pro" file (ensemble, apprentis, scolaires), one line per CFA in the "apprentissage"
-- file (périmètre apprentissage). Values are the DEPP's integer percentages (valeur ajoutée in points), null where
-- the DEPP wrote "nd" or nothing.
create table inserjeunes_etablissement (
  uai varchar(8) not null,
  millesime varchar(9) not null,
  perimetre varchar(13) not null check (perimetre in ('ensemble', 'apprentis', 'scolaires', 'apprentissage')),
  taux_poursuite integer,
  taux_emploi_6_mois integer,
  taux_attendu integer,
  valeur_ajoutee integer,
  part_poursuite integer,
  part_emploi_6_mois integer,
  part_autres_situations integer,
  -- the file the line comes from, as published (without folder nor .gz), named on the pages
  fichier text not null,
  primary key (uai, millesime, perimetre)
);
