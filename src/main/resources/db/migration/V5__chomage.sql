-- INSEE localised unemployment rates (percent of the labour force), per territory and year, as published.
create table chomage_region (
  code_region varchar(2) not null,
  annee varchar(4) not null,
  taux_chomage numeric(5, 2) not null,
  primary key (code_region, annee)
);

create table chomage_departement (
  code_departement varchar(3) not null,
  annee varchar(4) not null,
  taux_chomage numeric(5, 2) not null,
  primary key (code_departement, annee)
);
