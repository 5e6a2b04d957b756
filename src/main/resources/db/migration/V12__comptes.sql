-- Accounts, roles, permissions and scopes (issue 5). The matrix and the hierarchy are data: they are
-- the reference's (spec/reference-features.md §3.1 and §3.2), and the code reads them from here.

-- How far a permission reaches: the whole country, the user's région, the user's UAIs, or the
-- invite's role-specific filter (which the module owning the data applies on top of its région).
create table portee (
  code varchar(20) primary key,
  libelle text not null,
  description text not null
);

insert into portee (code, libelle, description) values
  ('national', 'National', 'Toutes les données, de toutes les régions'),
  ('region', 'Région', 'Les données de la région de l''utilisateur'),
  ('uai', 'Établissements', 'Les données des établissements (UAI) de l''utilisateur'),
  ('role', 'Selon le rôle', 'Un filtre propre au rôle (invité : les demandes validées ou refusées, de sa région s''il en a une)');

create table role (
  code varchar(30) primary key,
  libelle text not null,
  titulaire text not null,
  description text not null,
  -- Where the role's users sit: national roles have no région, regional roles need one, perdir has UAIs.
  perimetre varchar(20) not null references portee (code),
  ordre integer not null unique
);

insert into role (code, libelle, titulaire, description, perimetre, ordre) values
  ('admin', 'Super Admin', 'Équipe Orion', 'Administre Orion : tous les comptes, les campagnes et toutes les données de toutes les régions.', 'national', 1),
  ('pilote', 'Pilote National', 'Administration centrale, cabinet, IGESR', 'Consulte toutes les demandes et les analyses nationales (pilotage, restitution, suivi de l''impact), sans les modifier.', 'national', 2),
  ('admin_region', 'Admin RA', 'Référent de la région académique', 'Administre les comptes de sa région (gestionnaires, pilotes, experts, région, invités) et ses campagnes régionales ; saisit et instruit les demandes de sa région.', 'region', 3),
  ('pilote_region', 'Pilote RA', 'Recteur, DRAFPIC, SGRA', 'Pilote la transformation de sa région : saisit les demandes, change leur statut, donne son avis ; voit le pilotage et le suivi de l''impact nationaux.', 'region', 4),
  ('gestionnaire_region', 'Gestionnaire RA', 'Chargé d''études DRAFPIC, académie', 'Saisit et instruit les demandes de sa région (statuts et avis).', 'region', 5),
  ('expert_region', 'Expert RA', 'DRAIO, inspecteurs, DASEN', 'Consulte les demandes de sa région et donne son avis.', 'region', 6),
  ('region', 'Région', 'Conseil régional', 'Consulte les demandes de sa région et donne l''avis de la collectivité.', 'region', 7),
  ('perdir', 'Perdir', 'Chef d''établissement ou délégué', 'Saisit et consulte les demandes de ses établissements.', 'uai', 8),
  ('invite', 'Invité', 'Directeur de CMQ, membre du conseil régional…', 'Consulte les demandes validées ou refusées (de sa région s''il en a une).', 'region', 9);

-- Which roles a role may give when it creates or edits an account (reference §3.1, HIERARCHY).
create table role_gere (
  role varchar(30) not null references role (code),
  role_gere varchar(30) not null references role (code),
  primary key (role, role_gere)
);

insert into role_gere (role, role_gere)
  select 'admin', code from role;
insert into role_gere (role, role_gere) values
  ('admin_region', 'gestionnaire_region'),
  ('admin_region', 'pilote_region'),
  ('admin_region', 'expert_region'),
  ('admin_region', 'region'),
  ('admin_region', 'invite');

create table permission (
  code varchar(50) primary key,
  libelle text not null,
  ordre integer not null unique
);

insert into permission (code, libelle, ordre) values
  ('suivi-impact/lecture', 'Suivi de l''impact : consulter', 1),
  ('restitution/lecture', 'Restitution des demandes : consulter', 2),
  ('pilotage/lecture', 'Pilotage : consulter', 3),
  ('users/lecture', 'Utilisateurs : consulter', 4),
  ('users/ecriture', 'Utilisateurs : créer et modifier', 5),
  ('campagnes/lecture', 'Campagnes nationales : consulter', 6),
  ('campagnes/ecriture', 'Campagnes nationales : créer et modifier', 7),
  ('campagnes-région/lecture', 'Campagnes régionales : consulter', 8),
  ('campagnes-région/ecriture', 'Campagnes régionales : créer et modifier', 9),
  ('demande/lecture', 'Demandes : consulter', 10),
  ('demande/ecriture', 'Demandes : saisir et modifier', 11),
  ('demande-statut/lecture', 'Statut des demandes : consulter', 12),
  ('demande-statut/ecriture', 'Statut des demandes : changer', 13),
  ('demande-avis/lecture', 'Avis sur les demandes : consulter', 14),
  ('demande-avis/ecriture', 'Avis sur les demandes : donner', 15),
  ('enregistrement-requete/lecture', 'Requêtes enregistrées : consulter', 16),
  ('enregistrement-requete/ecriture', 'Requêtes enregistrées : enregistrer', 17);

-- The permission × role matrix with the scope of each grant (reference §3.2); no row = not granted.
create table role_permission (
  role varchar(30) not null references role (code),
  permission varchar(50) not null references permission (code),
  portee varchar(20) not null references portee (code),
  primary key (role, permission)
);

-- [jooq ignore start] (the code generator's H2 simulation needs the tables, not this data)
insert into role_permission (role, permission, portee)
  select r.role, ligne.permission, case r.code when 'N' then 'national' when 'R' then 'region' when 'U' then 'uai' else 'role' end
  from (values
    --                                  admin pilote admin_region pilote_region gestionnaire_region expert_region region perdir invite
    ('suivi-impact/lecture',            'N', 'N', '-', 'N', '-', '-', '-', '-', '-'),
    ('restitution/lecture',             'N', 'N', 'N', 'N', 'R', 'R', 'R', 'U', 'Ro'),
    ('pilotage/lecture',                'N', 'N', 'N', 'N', 'N', 'N', 'N', '-', '-'),
    ('users/lecture',                   'N', '-', 'R', '-', '-', '-', '-', '-', '-'),
    ('users/ecriture',                  'N', '-', 'R', '-', '-', '-', '-', '-', '-'),
    ('campagnes/lecture',               'N', '-', 'N', '-', '-', '-', '-', '-', '-'),
    ('campagnes/ecriture',              'N', '-', '-', '-', '-', '-', '-', '-', '-'),
    ('campagnes-région/lecture',        'N', '-', 'R', '-', '-', '-', '-', '-', '-'),
    ('campagnes-région/ecriture',       'N', '-', 'R', '-', '-', '-', '-', '-', '-'),
    ('demande/lecture',                 'N', 'N', 'R', 'R', 'R', 'R', 'R', 'U', 'Ro'),
    ('demande/ecriture',                'N', '-', 'R', 'R', 'R', '-', '-', 'U', '-'),
    ('demande-statut/lecture',          'N', 'N', 'R', 'R', 'R', 'R', 'R', 'U', 'Ro'),
    ('demande-statut/ecriture',         'N', '-', 'R', 'R', 'R', '-', '-', '-', '-'),
    ('demande-avis/lecture',            'N', 'N', 'R', 'R', 'R', 'R', 'R', 'U', 'Ro'),
    ('demande-avis/ecriture',           'N', '-', 'R', 'R', 'R', 'R', 'R', '-', '-'),
    ('enregistrement-requete/lecture',  'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N'),
    ('enregistrement-requete/ecriture', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N', 'N')
  ) as ligne (permission, admin, pilote, admin_region, pilote_region, gestionnaire_region, expert_region, region, perdir, invite)
  cross join lateral (values
    ('admin', ligne.admin), ('pilote', ligne.pilote), ('admin_region', ligne.admin_region),
    ('pilote_region', ligne.pilote_region), ('gestionnaire_region', ligne.gestionnaire_region),
    ('expert_region', ligne.expert_region), ('region', ligne.region), ('perdir', ligne.perdir),
    ('invite', ligne.invite)
  ) as r (role, code)
  where r.code <> '-';
-- [jooq ignore stop]

-- What a user does (reference userFonctionEnum): labels avis and targets news; current values only.
create table fonction (
  libelle varchar(100) primary key,
  ordre integer not null unique
);

insert into fonction (libelle, ordre) values
  ('Région', 1),
  ('Région académique', 2),
  ('Recteur(ice)', 3),
  ('SGRASGA', 4),
  ('DRAFPIC', 5),
  ('Chargé(e) d''étude DRAFPIC', 6),
  ('DRAIO', 7),
  ('DASEN', 8),
  ('Inspecteur(ice)', 9),
  ('Inspecteur(ice) général(e)', 10),
  ('Conseiller(ère) en formation professionnelle', 11),
  ('Directeur(ice) de CMQ', 12),
  ('Coordonnateur de CFA-A', 13),
  ('Services DOS', 14),
  ('SSA', 15),
  ('CSA', 16),
  ('Référent(e) DSI', 17),
  ('DGESCO', 18),
  ('Cabinet', 19),
  ('Chef(fe) d''établissement', 20);

create table utilisateur (
  id bigint generated always as identity primary key,
  -- Always stored lower-cased, so that uniqueness and look-ups ignore case.
  email varchar(254) not null unique check (email = lower(email)),
  prenom text not null,
  nom text not null,
  role varchar(30) not null references role (code),
  fonction varchar(100) references fonction (libelle),
  code_region varchar(2) references region (code_region),
  -- BCrypt hash; null until the account is activated, and for single sign-on users.
  mot_de_passe text,
  -- OpenID Connect subject of a single sign-on user.
  sub varchar(255) unique,
  actif boolean not null default true,
  active_le timestamp with time zone,
  cree_le timestamp with time zone not null default now(),
  modifie_le timestamp with time zone not null default now(),
  vu_le timestamp with time zone,
  anonymise_le timestamp with time zone
);

create index utilisateur_code_region_idx on utilisateur (code_region);

-- The établissements of a perdir.
create table utilisateur_uai (
  utilisateur_id bigint not null references utilisateur (id) on delete cascade,
  uai varchar(8) not null,
  primary key (utilisateur_id, uai)
);

-- Single-use links sent by e-mail (activation, forgotten password). Only the SHA-256 of the token is
-- kept: a copy of the database gives no usable link.
create table jeton_compte (
  empreinte varchar(64) primary key,
  utilisateur_id bigint not null references utilisateur (id) on delete cascade,
  nature varchar(20) not null check (nature in ('activation', 'reinitialisation')),
  cree_le timestamp with time zone not null default now(),
  expire_le timestamp with time zone not null,
  utilise_le timestamp with time zone
);

create index jeton_compte_utilisateur_idx on jeton_compte (utilisateur_id);

-- Audit of accounts: logins, failed logins, account and role changes (who, when, what). Failed
-- logins are also what login throttling counts, per e-mail and per client address.
create table journal_compte (
  id bigint generated always as identity primary key,
  le timestamp with time zone not null default now(),
  evenement varchar(40) not null,
  -- Who did it: the signed-in user, or null for the system and for anonymous visitors.
  auteur_id bigint references utilisateur (id) on delete set null,
  -- Whose account it is about, and the e-mail typed or changed (kept for unknown accounts).
  utilisateur_id bigint references utilisateur (id) on delete set null,
  email varchar(254),
  adresse varchar(64),
  detail text
);

create index journal_compte_email_idx on journal_compte (email, evenement, le);
create index journal_compte_adresse_idx on journal_compte (adresse, evenement, le);
create index journal_compte_utilisateur_idx on journal_compte (utilisateur_id, le);
