-- The digest of the rows of a source file's import each derived table was last built from (indicateur
-- EmpreintesSources): an import that leaves them as they were, such as a table emptied and filled again with the same
-- file, rebuilds nothing. The source names the table the import wrote, followed by the year when only its rows count.
create table empreinte_source (
  derivation varchar(40) not null,
  source varchar(60) not null,
  empreinte text not null,
  primary key (derivation, source)
);
