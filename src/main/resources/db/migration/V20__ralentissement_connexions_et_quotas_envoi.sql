-- Failed logins, counted per pair of e-mail (as typed, lower-cased: unknown addresses count alike)
-- and client address, so that an attacker elsewhere slows down only his own pair, never the user's.
-- The e-mail '' counts every failure of a client address, whatever the account (credential
-- stuffing). Past a threshold, each failure makes the key wait longer (ConnexionLocale and
-- Ralentissement). A successful login, a new password or an activation deletes the account's rows;
-- an administrator sees and lifts them on the account's page. Failures are counted before the
-- password is checked, under the row's lock, so that parallel attempts cannot slip past the count.
create table echec_connexion (
  email varchar(254) not null,
  adresse varchar(100) not null,
  echecs integer not null,
  dernier_echec timestamp with time zone not null,
  bloque_jusqu_au timestamp with time zone,
  primary key (email, adresse)
);

create index echec_connexion_dernier_echec_idx on echec_connexion (dernier_echec);

-- Fixed-window quotas of the e-mails that an anonymous request makes Orion send (a new-password
-- link, a new activation link): per e-mail and per client address. The key is the SHA-256 of what
-- is counted, so that the e-mails typed there, known or not, are not kept.
create table quota_envoi (
  cle varchar(64) primary key,
  debut timestamp with time zone not null,
  nombre integer not null
);

create index quota_envoi_debut_idx on quota_envoi (debut);
