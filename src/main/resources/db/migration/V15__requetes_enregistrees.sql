-- Saved queries of the consoles (issue 6): a signed-in user's filters, order and columns, under a
-- name and a colour, to find a view again. Deleted with the user.
create table requete_enregistree (
  id bigint generated always as identity primary key,
  utilisateur_id bigint not null references utilisateur (id) on delete cascade,
  console varchar(20) not null check (console in ('formations', 'etablissements')),
  nom varchar(100) not null,
  -- A DSFR illustrative colour (badge class suffix), e.g. green-menthe.
  couleur varchar(30) not null,
  -- The query string of the console's URL (filters, sort, order, columns), without page nor size.
  parametres text not null,
  cree_le timestamp with time zone not null default now(),
  unique (utilisateur_id, console, nom)
);
