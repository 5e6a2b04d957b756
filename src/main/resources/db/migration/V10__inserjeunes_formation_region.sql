-- InserJeunes counts per formation (CFD and dispositif) and région, derived from inserjeunes_region through N_MEF
-- (voie scolaire) or the CFD (apprenticeship). A renovated formation without data of its own for a millésime,
-- région and voie carries its predecessor's when the renovation is one-to-one; cfd_continuum then names the
-- predecessor. Rebuilt after every import of the counts, of N_MEF or of the formations.
create table inserjeunes_formation_region (
  millesime varchar(9) not null,
  code_region varchar(2) not null,
  voie varchar(20) not null,
  cfd varchar(8) not null,
  -- '' for apprenticeship rows, which have no dispositif.
  code_dispositif varchar(3) not null,
  nb_annee_term integer,
  nb_sortant integer,
  nb_poursuite_etudes integer,
  nb_en_emploi_6_mois integer,
  nb_en_emploi_12_mois integer,
  nb_en_emploi_24_mois integer,
  cfd_continuum varchar(8),
  primary key (millesime, code_region, voie, cfd, code_dispositif)
);

create index inserjeunes_formation_region_cfd_idx on inserjeunes_formation_region (cfd);
