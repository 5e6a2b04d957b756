-- Sources of which no real file is bundled: ACCE dates, the apprenticeship catalogue, ONISEP geolocation,
-- France Travail tension, and the secteur written in the full Affelnet export.

-- ACCE: a closed établissement stays in the référentiel, with its dates.
alter table etablissement add column date_ouverture date;
alter table etablissement add column date_fermeture date;

-- Catalogue des formations en apprentissage: the lines as published (one line per offer of a CFA). The file is a
-- snapshot of the whole catalogue: a new version replaces every line.
create table catalogue_apprentissage_ligne (
  ligne integer primary key,
  uai_lieu varchar(8),
  uai_formateur varchar(8),
  uai_responsable varchar(8),
  cfd varchar(8) not null,
  niveau text,
  -- comma-separated rentrée years, e.g. 2023,2024
  tags text,
  -- comma-separated 10-character BCN MEF codes
  codes_mef text,
  duree text
);

-- Apprenticeship CFDs of the perimeter come from the catalogue, which has no diploma code nor title of its own.
alter table diplome_professionnel alter column code_diplome drop not null;
alter table diplome_professionnel alter column intitule drop not null;

-- ONISEP idéo-structures d'enseignement (secondaire or supérieur): coordinates (WGS84) of each structure.
-- One UAI may appear on several lines; the établissement page chooses among them.
create table onisep_structure (
  catalogue varchar(10) not null,
  ligne integer not null,
  uai varchar(8) not null,
  nom text,
  code_postal text,
  commune text,
  latitude double precision not null,
  longitude double precision not null,
  primary key (catalogue, ligne)
);

create index onisep_structure_uai_idx on onisep_structure (uai);

-- France Travail "perspectives employeur": tension indicators per ROME, territory and year. No foreign key to the
-- ROME table: the files may arrive before it.
create table tension (
  code_tension varchar(40) primary key,
  libelle text not null
);

create table tension_rome (
  code_rome varchar(5) not null,
  -- NAT (code FR), REG (région, 2 characters) or DEP (département, 3 characters)
  type_territoire varchar(3) not null,
  code_territoire varchar(3) not null,
  code_tension varchar(40) not null,
  annee varchar(4) not null,
  valeur integer not null,
  primary key (code_rome, type_territoire, code_territoire, code_tension, annee)
);

create index tension_rome_territoire_idx on tension_rome (type_territoire, code_territoire, annee);

-- Affelnet: the full export says whether the établissement is public or private.
alter table affelnet_ligne add column secteur varchar(2);
