-- Whether a renovation pair comes from the ANCIEN_DIPLOME_n columns of the new formation's
-- N_FORMATION_DIPLOME row. Only those pairs make the reference's formationHistorique (§1.2), on
-- which the continuum of InserJeunes counts (§3.10) is decided; the pairs read from the
-- NOUVEAU_DIPLOME_n columns of a former formation's row are shown on the formation pages only.
alter table formation_lignee add column historique boolean not null default false;
