-- Jobs and Orion's own referentials: ROME v4 (France Travail), Certif Info (Carif-Oref / Onisep), the
-- France compétences kit CFD ↔ RNCP, Orion's corrections of the list of vocational diplomas, actions prioritaires,
-- disciplines and the DGESCO A2-2 regroupements of MEFSTAT11. Like V1, no foreign key between tables filled from
-- different files: files may arrive in any order, imports report unknown codes as warnings.

create table domaine_professionnel (
  code_domaine_professionnel varchar(3) primary key,
  libelle text not null
);

-- A ROME fiche. transition_* follow Orion: écologique when the fiche is an "Emploi stratégique pour la Transition
-- écologique" (an "Emploi Vert" is not), numérique and démographique when flagged O. qualification_ecologique
-- keeps the published label. code_rome_parent, as published: the fiche this one was split from in ROME 4.0 (its
-- own code on the fiches that others were split from), null for the others.
create table rome (
  code_rome varchar(5) primary key,
  libelle text not null,
  code_domaine_professionnel varchar(3) not null,
  transition_ecologique boolean not null,
  transition_numerique boolean not null,
  transition_demographique boolean not null,
  qualification_ecologique text,
  code_rome_parent varchar(5)
);

create index rome_domaine_idx on rome (code_domaine_professionnel);

-- A ROME appellation (code OGR).
create table metier (
  code_metier varchar(10) primary key,
  libelle text not null,
  code_rome varchar(5) not null
);

create index metier_code_rome_idx on metier (code_rome);

-- Certif Info certifications, with what Orion uses: the CFD (Code_Scolarité), the RNCP code and up to 5 ROME codes.
create table certif_info (
  code_certif_info varchar(10) primary key,
  libelle text not null,
  libelle_type text,
  cfd varchar(8),
  code_rncp varchar(12)
);

create index certif_info_cfd_idx on certif_info (cfd);

create table certif_info_rome (
  code_certif_info varchar(10) not null,
  rang smallint not null,
  code_rome varchar(5) not null,
  primary key (code_certif_info, rang)
);

-- The ROME codes each formation of the perimeter leads to: derived from diplome_professionnel, certif_info and
-- rome after each import of one of them (FormationRomeBuilder). Only ROME codes of the rome table, as in Orion.
create table formation_rome (
  cfd varchar(8) not null,
  code_rome varchar(5) not null,
  primary key (cfd, code_rome)
);

create index formation_rome_code_rome_idx on formation_rome (code_rome);

-- France compétences "kit apprentissage": the RNCP fiches of each CFD.
create table cfd_rncp (
  cfd varchar(8) not null,
  code_rncp varchar(12) not null,
  intitule text,
  niveau text,
  abrege_diplome text,
  derniere_maj text,
  acces_apprentissage boolean,
  date_echeance date,
  active boolean,
  primary key (cfd, code_rncp)
);

create index cfd_rncp_code_rncp_idx on cfd_rncp (code_rncp);

-- Orion's corrections of the list of vocational diplomas (OVERRIDES.csv), keyed by CFD, as published.
create table diplome_professionnel_correction (
  cfd varchar(8) primary key,
  diplome text,
  libelle text,
  code_rncp text,
  cpc text,
  secteur text,
  sous_secteur text
);

create table action_prioritaire (
  cfd varchar(8) not null,
  code_region varchar(2) not null,
  code_dispositif varchar(3) not null,
  primary key (cfd, code_region, code_dispositif)
);

create table discipline (
  code_discipline varchar(5) primary key,
  libelle text not null
);

-- DGESCO A2-2 regroupements of MEFSTAT11.
create table regroupement_mefstat (
  mefstat11 varchar(11) primary key,
  regroupement text not null
);
