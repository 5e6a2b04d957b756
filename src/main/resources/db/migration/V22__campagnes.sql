-- Issue 17: national and regional campaigns, and what each campaign year offers (types of demande,
-- motifs). The facts are the reference's (spec/reference-features.md §4.3 and §4.7), carried over as
-- data. No campaign is seeded: administrators create them.

-- One national campaign per year; the year is the campaign's name (2025 prepares rentrée 2026).
create table campagne (
  annee smallint primary key check (annee >= 2023),
  statut varchar(20) not null check (statut in ('en_attente', 'en_cours', 'terminee')),
  date_debut date not null,
  date_fin date not null,
  cree_le timestamp with time zone not null default now(),
  modifie_le timestamp with time zone not null default now(),
  -- The account that made the last change (no foreign key: an account's history outlives it).
  modifie_par bigint,
  check (date_fin >= date_debut)
);

-- A région's campaign inside the national one (since 2025): opened by the région's Admin RA, with its
-- own dates, the regional council's vote date, and whether heads of establishment enter demandes.
create table campagne_region (
  annee smallint not null references campagne (annee),
  code_region varchar(2) not null references region (code_region),
  statut varchar(20) not null check (statut in ('en_attente', 'en_cours', 'terminee')),
  date_debut date not null,
  date_fin date not null,
  date_vote date,
  saisie_perdir boolean not null,
  cree_le timestamp with time zone not null default now(),
  modifie_le timestamp with time zone not null default now(),
  modifie_par bigint,
  primary key (annee, code_region),
  check (date_fin >= date_debut)
);

-- What a year offers is keyed by the year alone, without a foreign key to campagne, so that an
-- administrator may prepare a year before its campaign exists.
create table campagne_type_demande (
  annee smallint not null check (annee >= 2023),
  type_demande varchar(30) not null check (type_demande in ('ouverture_nette', 'ouverture_compensation',
    'augmentation_nette', 'augmentation_compensation', 'fermeture', 'diminution', 'transfert',
    'coloration', 'ajustement')),
  primary key (annee, type_demande)
);

create table campagne_motif (
  annee smallint not null check (annee >= 2023),
  categorie varchar(20) not null check (categorie in ('ouverture', 'fermeture', 'transfert', 'coloration',
    'ajustement', 'refus')),
  code varchar(60) not null,
  libelle text not null,
  ordre smallint not null,
  -- The motif needs a free text beside it (« autre », a partnership to describe).
  declenche_precision boolean not null,
  primary key (annee, categorie, code)
);

-- [jooq ignore start] (the code generator's H2 simulation needs the tables, not this data)
-- Types per year (§4.3): the "avec compensation" types in 2023 only; transfert, coloration and
-- ajustement from 2024; 2026 offers 2025's list.
insert into campagne_type_demande (annee, type_demande) values
  (2023, 'ouverture_nette'), (2023, 'ouverture_compensation'), (2023, 'augmentation_nette'),
  (2023, 'augmentation_compensation'), (2023, 'fermeture'), (2023, 'diminution');
insert into campagne_type_demande (annee, type_demande)
  select annee, type_demande
  from (values (2024), (2025), (2026)) annees (annee)
  cross join (values ('ouverture_nette'), ('augmentation_nette'), ('fermeture'), ('diminution'),
    ('transfert'), ('coloration'), ('ajustement')) types (type_demande);

-- Motifs per category, in the reference's order (ui/app/(wrapped)/demandes/utils/motifDemandeUtils.tsx
-- and motifRefusDemandeUtils.tsx). "depuis" is the first year whose label list holds the code (2024
-- for the codes 2023 did not have, and for the categories of the types that came in 2024); 2024,
-- 2025 and 2026 share one list. The reference's code capacite_trop_élevée_territoire is stored as
-- capacite_trop_elevee_territoire: codes stay ASCII. The reference splits refusal motifs between
-- openings and closings; Orion keeps them in one category, refus.
insert into campagne_motif (annee, categorie, code, libelle, ordre, declenche_precision)
  select annees.annee, motifs.categorie, motifs.code, motifs.libelle, motifs.ordre,
    motifs.code in ('autre', 'mise_en_place_partenariat')
  from (values (2023), (2024), (2025), (2026)) annees (annee)
  join (values
    ('ouverture', 1, 'taux_insertion_satisfaisant', 'Taux d’insertion satisfaisant', 2023),
    ('ouverture', 2, 'taux_poursuite_satisfaisant', 'Taux de poursuite satisfaisant', 2023),
    ('ouverture', 3, 'besoins_economiques_locaux', 'Besoins économiques avérés localement', 2024),
    ('ouverture', 4, 'metiers_2030', 'Métiers 2030', 2023),
    ('ouverture', 5, 'projet_pedagogique_territorial', 'Projet pédagogique territorial', 2023),
    ('ouverture', 6, 'nouvel_etablissement', 'Nouvel établissement', 2023),
    ('ouverture', 7, 'maintien_specifique', 'Maintien pour public spécifique', 2023),
    ('ouverture', 8, 'sauvegarde_metier_rare', 'Sauvegarde métier rare', 2023),
    ('ouverture', 9, 'autre', 'Autre motif (veuillez préciser)', 2023),
    ('fermeture', 1, 'taux_insertion_insatisfaisant', 'Taux d’insertion insatisfaisant', 2023),
    ('fermeture', 2, 'taux_poursuite_insatisfaisant', 'Taux de poursuite insatisfaisant', 2023),
    ('fermeture', 3, 'ouverture_plus_inserante', 'Ouverture d’une formation plus insérante', 2023),
    ('fermeture', 4, 'repartition_autres_etablissements', 'Répartition des élèves sur d’autres établissements', 2023),
    ('fermeture', 5, 'recrutements_baisse', 'Recrutements en baisse', 2023),
    ('fermeture', 6, 'capacite_trop_elevee_territoire', 'Capacité trop élevée sur le territoire', 2023),
    ('fermeture', 7, 'locaux', 'Locaux', 2023),
    ('fermeture', 8, 'cout_financier', 'Coût financier', 2023),
    ('fermeture', 9, 'plateau_technique', 'Plateau technique', 2023),
    ('fermeture', 10, 'nombre_eleves_en_baisse', 'Baisse du nombre d''élèves dans la formation', 2024),
    ('fermeture', 11, 'besoins_economiques_en_baisse', 'Besoins économiques en baisse', 2024),
    ('fermeture', 12, 'autre', 'Autre motif (veuillez préciser)', 2023),
    ('transfert', 1, 'effectif_faible_scolaire', 'Effectif trop faible en voie scolaire', 2024),
    ('transfert', 2, 'mixite_peu_attractive', 'Mixité peu attractive', 2024),
    ('transfert', 3, 'insertion_professionnelle_insuffisante', 'Insertion professionnelle insuffisante', 2024),
    ('transfert', 4, 'formation_situation_fragilite', 'Formation en situation de fragilité', 2024),
    ('transfert', 5, 'disponibilite_fonciere_insuffisante', 'Disponibilité foncière insuffisante', 2024),
    ('transfert', 6, 'autre', 'Autre motif (veuillez préciser)', 2024),
    ('coloration', 1, 'perspective_insertion_professionnelle', 'Perspectives d’insertion professionnelle', 2024),
    ('coloration', 2, 'mise_en_place_partenariat', 'Mise en place ou poursuite d’un partenariat (préciser en commentaire)', 2024),
    ('coloration', 3, 'favorise_attractivite_formation', 'Favorise l’attractivité de la formation', 2024),
    ('coloration', 4, 'projet_specifique_local', 'Projet spécifique local', 2024),
    ('coloration', 5, 'autre', 'Autre motif (veuillez préciser)', 2024),
    ('ajustement', 1, 'ajustement_rentree', 'Ajustement de rentrée', 2024),
    ('refus', 1, 'probleme_financement', 'Problème de financement', 2023),
    ('refus', 2, 'probleme_bati', 'Problème de bâti', 2023),
    ('refus', 3, 'probleme_transport_hebergement_eleves', 'Problème de transport ou d''hébergement des élèves', 2023),
    ('refus', 4, 'probleme_calendrier', 'Problème de calendrier - hors délai', 2023),
    ('refus', 5, 'correpond_pas_axes_prioritaires', 'Ne correspond pas aux axes prioritaires fixés', 2023),
    ('refus', 6, 'prevision_effectif_faible', 'Prévision d''effectif trop faible', 2023),
    ('refus', 7, 'concurrence_organisme_formation', 'Mise en concurrence entre organismes de formation', 2023),
    ('refus', 8, 'concurrence_voie_formation', 'Mise en concurrence entre différentes voies de formation', 2023),
    ('refus', 9, 'probleme_rh', 'Problème RH', 2023),
    ('refus', 10, 'sauvegarde_metier_rare', 'Sauvegarde d''un métier rare / ancré localement', 2023),
    ('refus', 11, 'correspond_axes_prioritaires', 'Correspond aux axes prioritaires fixés', 2023),
    ('refus', 12, 'formation_demandee_eleves', 'Formation très demandée par les élèves', 2023),
    ('refus', 13, 'trop_peu_lieux_formation_localement', 'Trop peu de lieux de formation localement', 2023),
    ('refus', 14, 'autre', 'Autre motif (veuillez préciser)', 2023)
  ) motifs (categorie, ordre, code, libelle, depuis) on annees.annee >= motifs.depuis;
-- [jooq ignore stop]
