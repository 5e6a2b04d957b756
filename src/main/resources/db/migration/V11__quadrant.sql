-- The quadrant of formations (positions Q1 to Q4), per millésime and région, from the InserJeunes counts per formation
-- and région. Rates are fractions in [0, 1].

-- The regional averages of a niveau de diplôme: the axes of the quadrant. Stored only when all three rates are known
-- and non-zero (a 0 % rate is treated as missing).
create table quadrant_moyenne (
  millesime varchar(9) not null,
  code_region varchar(2) not null,
  code_niveau_diplome varchar(3) not null,
  taux_emploi_6_mois numeric not null,
  taux_poursuite numeric not null,
  taux_devenir_favorable numeric not null,
  primary key (millesime, code_region, code_niveau_diplome)
);

-- The position of each formation of the perimeter with InserJeunes counts (voie scolaire) in a région: Q1 to Q4,
-- 'Hors quadrant' when a rate or an average is missing, '-' for a classe commune. The formation's own rates are kept.
create table quadrant_position (
  millesime varchar(9) not null,
  code_region varchar(2) not null,
  cfd varchar(8) not null,
  code_dispositif varchar(3) not null,
  code_niveau_diplome varchar(3) not null,
  position varchar(13) not null,
  taux_emploi_6_mois numeric,
  taux_poursuite numeric,
  taux_devenir_favorable numeric,
  primary key (millesime, code_region, cfd, code_dispositif)
);

create index quadrant_position_cfd_idx on quadrant_position (cfd);

-- What each millésime's positions were computed from: a digest of its counts. A millésime is recomputed only when its
-- own counts change, so importing a later millésime never moves the positions of an earlier one.
create table quadrant_millesime (
  millesime varchar(9) primary key,
  empreinte varchar(32) not null,
  calcule_le timestamp with time zone not null
);
