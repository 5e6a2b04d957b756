-- Single sign-on (issue 5): the rights the last SSO login of each account gave, so that the next login can tell
-- rights that still follow the identity provider from rights an administrator changed since (those are kept).
create table droits_sso (
  utilisateur_id bigint primary key references utilisateur (id) on delete cascade,
  role varchar(30) not null,
  fonction varchar(100),
  code_region varchar(2),
  -- the UAIs, sorted, separated by spaces
  uais text not null,
  le timestamp with time zone not null default now()
);
