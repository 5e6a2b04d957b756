-- Référentiel: territories, nomenclatures (BCN), the perimeter of formations and établissements.
-- Tables filled from different files carry no foreign key between them, because files may arrive in any order;
-- the pages join them and show what is missing.

create table region (
  code_region varchar(2) primary key,
  libelle text not null
);

create table academie (
  code_academie varchar(2) primary key,
  libelle text not null,
  code_region varchar(2) not null references region (code_region)
);

create table departement (
  code_departement varchar(3) primary key,
  libelle text not null,
  code_academie varchar(2) not null references academie (code_academie),
  code_region varchar(2) not null references region (code_region)
);

create table niveau_diplome (
  code_niveau_diplome varchar(3) primary key,
  libelle_court text,
  libelle text not null,
  niveau_interministeriel text,
  date_ouverture date,
  date_fermeture date
);

create table nsf_categorie (
  code_categorie varchar(10) primary key,
  libelle text not null
);

create table nsf_domaine (
  code_domaine varchar(10) primary key,
  code_categorie text,
  libelle text not null
);

create table nsf_groupe (
  code_nsf varchar(3) primary key,
  code_domaine text,
  libelle text not null,
  libelle_edition text
);

create table dispositif (
  code_dispositif varchar(3) primary key,
  code_niveau_diplome varchar(3),
  libelle_court text,
  libelle text not null,
  date_ouverture date,
  date_fermeture date
);

-- One row per CFD. N_FORMATION_DIPLOME wins over V_FORMATION_DIPLOME (source 'N' or 'V').
create table formation (
  cfd varchar(8) primary key,
  libelle text not null,
  libelle_court text,
  code_niveau_diplome varchar(3) not null,
  code_nsf varchar(3) not null,
  date_ouverture date,
  date_fermeture date,
  nature text,
  source varchar(1) not null,
  -- lower-case label without accents, for search
  recherche text not null
);

create index formation_code_niveau_idx on formation (code_niveau_diplome);
create index formation_code_nsf_idx on formation (code_nsf);

-- Renovation lineage, from ANCIEN_DIPLOME_n and NOUVEAU_DIPLOME_n of N_FORMATION_DIPLOME.
create table formation_lignee (
  ancien_cfd varchar(8) not null,
  nouveau_cfd varchar(8) not null,
  primary key (ancien_cfd, nouveau_cfd)
);

create index formation_lignee_nouveau_idx on formation_lignee (nouveau_cfd);

create table mef (
  mef varchar(10) primary key,
  mefstat11 varchar(11),
  cfd varchar(8) not null,
  code_dispositif varchar(3) not null,
  duree_dispositif smallint,
  annee_dispositif smallint,
  libelle text,
  date_ouverture date,
  date_fermeture date
);

create index mef_cfd_idx on mef (cfd);
create index mef_mefstat11_idx on mef (mefstat11);

-- BCN groupes de formation (familles de métiers and bac pro à options since 2024).
create table groupe_formation_type (
  code_type varchar(10) primary key,
  libelle text not null
);

create table groupe_formation (
  code_groupe varchar(10) primary key,
  code_type text,
  libelle text not null,
  date_ouverture date,
  date_fermeture date
);

create table groupe_formation_lien (
  code_groupe varchar(10) not null,
  cfd varchar(8) not null,
  date_ouverture date,
  date_fermeture date,
  primary key (code_groupe, cfd)
);

create index groupe_formation_lien_cfd_idx on groupe_formation_lien (cfd);

-- BCN familles de métiers of the 2019 reform (N_FAMILLE_METIER_SPEC_PRO and its MEF links).
create table famille_metier_bcn (
  code_famille varchar(20) primary key,
  libelle text not null,
  date_ouverture date,
  date_fermeture date
);

create table famille_metier_bcn_mef (
  code_famille varchar(20) not null,
  mef varchar(10) not null,
  primary key (code_famille, mef)
);

-- Orion's familles de métiers and BTS options: each spécialité (cfd) belongs to the classe commune cfd_famille.
-- The classe commune has a row of its own where cfd = cfd_famille.
create table famille_metier (
  cfd varchar(8) primary key,
  cfd_famille varchar(8) not null,
  libelle_famille text not null,
  libelle_specialite text,
  origine text not null
);

create index famille_metier_cfd_famille_idx on famille_metier (cfd_famille);

-- The official list of vocational diplomas: Orion's perimeter of formations.
create table diplome_professionnel (
  cfd varchar(8) not null,
  voie varchar(20) not null,
  code_diplome text not null,
  intitule text not null,
  diplome text,
  niveau text,
  code_rncp text,
  cpc text,
  secteur text,
  premiere_session text,
  derniere_session text,
  famille_metiers text,
  primary key (cfd, voie)
);

-- Établissements. The most complete source wins: rang 3 ACCE, 2 annuaire de l'éducation, 1 DEPP files.
create table etablissement (
  uai varchar(8) primary key,
  libelle text not null,
  secteur varchar(2),
  type_etablissement text,
  nature_uai text,
  adresse text,
  code_postal text,
  commune text,
  code_departement varchar(3),
  code_academie varchar(2),
  code_region varchar(2),
  siret text,
  latitude double precision,
  longitude double precision,
  source text not null,
  rang_source smallint not null,
  -- year or millésime of the source file: of two files of the same source, the newer wins
  annee_source text,
  -- lower-case UAI, label and commune without accents, for search
  recherche text not null
);

create index etablissement_departement_idx on etablissement (code_departement);
create index etablissement_region_idx on etablissement (code_region);
