#!/usr/bin/env bash
# Proves that a refactoring changed no output: the pages, API answers and exports of a filled
# database, fetched on every URL of bench/rendus-urls.txt, are compared before and after. Run on
# demand, never by ./mvnw verify. See docs/refactoring.md.
#
#   bench/rendus.sh capturer DOSSIER [COMMIT]
#       Builds the application of COMMIT (default: the working tree; a commit is built in a
#       temporary git worktree under /tmp, removed afterwards), starts it on loopback as ./orion
#       does (profile demo, embedded PostgreSQL) on a copy of the reference data folder, checks that
#       every GET route of the application is in the URL list, logs in the demo accounts the list
#       names, fetches every URL and writes each answer into DOSSIER (one file per URL, by role:
#       DOSSIER/anonyme/panorama_region_84.txt; DOSSIER/index.txt lists them). Then stops it and
#       removes the copy.
#   bench/rendus.sh comparer AVANT APRES
#       AVANT and APRES are capture folders, commits, or « . » (the working tree); commits are
#       captured first, into var/rendus/captures/. Prints the URLs whose answer differs, a short
#       diff each, and a summary line (« 212 adresses, 0 différence »). Exit status 1 when anything
#       differs.
#
# The reference data folder (var/rendus/modele, or RENDUS_MODELE) is made once by a first start on
# an empty folder, which imports the bundled real data; every capture then runs on a copy of it, so
# that both sides read the same database content (same import runs, same timestamps). Make it with
# the older of the two commits (comparer captures AVANT first): a later commit's Flyway migration
# runs on the copy, an earlier commit would refuse a database migrated further than it knows.
#
# An answer is saved as « statut: 200 », the headers that matter (Content-Type, Content-Language,
# Content-Disposition, Location, Set-Cookie), a blank line and the body; an XLSX body as its unzipped
# XML parts, one element per line. Only what changes from one run to the next is normalised, each
# rule below says why (normaliser_entetes, normaliser_texte, ecrire_xlsx); any other difference is
# reported.
#
# Settings (environment): RENDUS_MODELE (for comparer, by default the folder a given capture was
# made from, as its capture.txt says), RENDUS_CAPTURES (where comparer keeps the captures of
# commits), RENDUS_JAR (capturer without COMMIT: this jar, not built again), RENDUS_DEMARRAGE_MAX
# (seconds to start, 300), RENDUS_REQUETE_MAX (seconds per request, 180). Needs git, curl, jq,
# unzip. Loopback only; the application is stopped on exit, even on failure or Ctrl-C.
set -euo pipefail
racine=$(cd "$(dirname "$0")/.." && pwd)
cd "$racine"
source bench/lib.sh

URLS=$racine/bench/rendus-urls.txt
MODELE=${RENDUS_MODELE:-$racine/var/rendus/modele}
CAPTURES=${RENDUS_CAPTURES:-$racine/var/rendus/captures}
DEMARRAGE_MAX=${RENDUS_DEMARRAGE_MAX:-300}
REQUETE_MAX=${RENDUS_REQUETE_MAX:-180}
# The first start imports the 43 bundled files (about 2 minutes on our machines).
IMPORT_MAX=1800
# The demo accounts' password (src/main/resources/application-demo.yml); e-mails: ComptesDemo.email.
MOT_DE_PASSE_DEMO=demo-orion-2025
# Shown in the « Sessions ouvertes » table of /mon-compte: fixed, so that it is the same on both sides.
AGENT="orion-rendus/1 (curl)"

travail=""
pid=""
donnees=""
source_commit=""
capture_en_cours=""

die() {
  echo "rendus.sh : $*" >&2
  exit 2
}

nettoyer() {
  [[ -n $donnees ]] && stop_orion "$donnees"
  if [[ -n $source_commit ]]; then
    git worktree remove --force "$source_commit" >/dev/null 2>&1 || true
    git worktree prune
  fi
  [[ -n $travail ]] && rm -rf "$travail"
  # An unfinished capture is removed, so that the same command can run again.
  [[ -n $capture_en_cours && ! -f $capture_en_cours/index.txt ]] && rm -rf "$capture_en_cours"
  return 0
}

# ---------------------------------------------------------------------------------------------------
# Build and start

# Builds the jar of commit $1 (empty: the working tree) and sets $jar.
construire() {
  local commit=$1 dossier=$racine quoi="l'arbre de travail"
  if [[ -z $commit && -n ${RENDUS_JAR:-} ]]; then
    jar=$(realpath "$RENDUS_JAR")
    echo "== $jar (RENDUS_JAR), sans construction" >&2
    return
  fi
  if [[ -n $commit ]]; then
    quoi=$commit
    source_commit=$travail/source
    git worktree add --detach "$source_commit" "$commit" >/dev/null 2>&1 ||
      die "git worktree add $commit a échoué"
    dossier=$source_commit
  fi
  echo "== construction de $quoi (./mvnw -o package -DskipTests)" >&2
  if ! (cd "$dossier" && ./mvnw -o -B -q package -DskipTests) >"$travail/construction.log" 2>&1; then
    tail -30 "$travail/construction.log" >&2
    die "construction échouée"
  fi
  jar=$dossier/target/orion.jar
}

# Starts the jar on the data folder $1 as ./orion does (profile demo), waiting at most $2 seconds
# for /readyz UP; sets $port and $port_gestion. ORION_* variables of the caller's shell are left
# out, so that a local setting (single sign-on, site editor…) cannot differ between two captures.
demarrer() {
  local dossier=$1 attente=$2 port_base
  port=$(free_port)
  port_base=$(free_port)
  port_gestion=$(free_port)
  while [[ $port_gestion == "$port" || $port_base == "$port" || $port_base == "$port_gestion" ]]; do
    port_base=$(free_port)
    port_gestion=$(free_port)
  done
  local -a sans_orion=()
  local variable
  for variable in $(compgen -e | grep '^ORION_' || true); do sans_orion+=(-u "$variable"); done
  donnees=$dossier
  env "${sans_orion[@]}" ORION_DATA_DIR="$dossier" ORION_PORT="$port" ORION_DB_PORT="$port_base" \
    ORION_MANAGEMENT_PORT="$port_gestion" SPRING_PROFILES_ACTIVE=demo \
    MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,mappings \
    java -jar "$jar" >"$travail/orion.log" 2>&1 &
  pid=$!
  if ! wait_up "$port" "$attente" "$travail/orion.log"; then
    tail -40 "$travail/orion.log" >&2
    die "Orion n'a pas démarré"
  fi
}

arreter() {
  stop_orion "$donnees"
  donnees=""
}

postmaster_actif() {
  [[ -f $1/postmaster.pid ]] && kill -0 "$(head -1 "$1/postmaster.pid")" 2>/dev/null
}

# The reference data folder, made by a first start on an empty folder (import of the bundled data),
# under another name until it is complete and stopped.
preparer_modele() {
  if [[ -f $MODELE/PG_VERSION ]]; then
    postmaster_actif "$MODELE" && die "un PostgreSQL tourne sur $MODELE : arrêtez-le avant de le copier"
    return 0
  fi
  echo "== dossier de données de référence : premier démarrage sur $MODELE (import des données embarquées)" >&2
  rm -rf "$MODELE.partiel"
  mkdir -p "$(dirname "$MODELE")"
  demarrer "$MODELE.partiel" "$IMPORT_MAX"
  arreter
  mv "$MODELE.partiel" "$MODELE"
}

# ---------------------------------------------------------------------------------------------------
# The URL list and the routes

# The list without comments and blank lines: « role url » per line.
lignes_urls() {
  grep -v '^[[:space:]]*\(#\|$\)' "$URLS"
}

# Every GET route pattern of the application's controllers (and springdoc's OpenAPI routes), read
# from the running application's mappings (actuator, on the management port): what Spring really
# mapped, constants and class-level prefixes resolved.
routes_get() {
  curl -fsS --max-time 30 "http://127.0.0.1:$port_gestion/actuator/mappings" |
    jq -r '.. | objects | select(has("handler") and has("details")) | .details
      | select(.handlerMethod != null and .requestMappingConditions != null)
      | select(.handlerMethod.className | test("^(fr\\.education\\.orion|org\\.springdoc)\\."))
      | .requestMappingConditions
      | select((.methods | length) == 0 or (.methods | index("GET")))
      | .patterns[]' | sort -u
}

# Fails when a GET route pattern has no URL in the list: each URL path is given to the most specific
# pattern that matches it (fewest ** then fewest {variables}, then the longest), as Spring does, so
# that the catch-all /api/** does not count for a forgotten API route.
verifier_routes() {
  local manquantes
  routes_get >"$dossier/routes.txt"
  [[ -s $dossier/routes.txt ]] || die "aucune route lue dans /actuator/mappings"
  manquantes=$(lignes_urls | awk '{ print $2 }' | sed 's/[?#].*//' | awk '
    NR == FNR {
      motif[NR] = $0; n = NR
      doubles[NR] = ($0 ~ /\*\*/)
      re = $0
      gsub(/[.+]/, "\\\\&", re)
      gsub(/\/\*\*/, "(/.*)?", re)
      variables[NR] = gsub(/\{[^}]*\}/, "[^/]+", re)
      regex[NR] = "^" re "$"
      next
    }
    {
      meilleur = 0
      for (i = 1; i <= n; i++) {
        if ($0 !~ regex[i]) continue
        if (!meilleur || doubles[i] < doubles[meilleur] ||
            (doubles[i] == doubles[meilleur] && (variables[i] < variables[meilleur] ||
              (variables[i] == variables[meilleur] && length(motif[i]) > length(motif[meilleur]))))) meilleur = i
      }
      if (meilleur) vue[meilleur] = 1
    }
    END { for (i = 1; i <= n; i++) if (!vue[i]) print motif[i] }' "$dossier/routes.txt" -)
  if [[ -n $manquantes ]]; then
    echo "Routes GET sans aucune URL dans $URLS :" >&2
    sed 's/^/  /' <<<"$manquantes" >&2
    die "complétez la liste (une URL au moins par route)"
  fi
  echo "   $(wc -l <"$dossier/routes.txt") routes GET, toutes dans la liste" >&2
}

# ---------------------------------------------------------------------------------------------------
# Fetch and save

# Logs in the demo account of role $1 (GET /connexion for the CSRF token, POST the form); its
# cookies in $travail/$1.cookies.
connecter() {
  local role=$1 cookies=$travail/$1.cookies jeton arrivee
  jeton=$(curl -sS --max-time 30 -A "$AGENT" -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/connexion" |
    grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [[ -n $jeton ]] || die "pas de jeton CSRF sur /connexion"
  arrivee=$(curl -sS --max-time 30 -A "$AGENT" -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "email=$role@demo.orion.invalid" --data-urlencode "motDePasse=$MOT_DE_PASSE_DEMO" \
    --data-urlencode "_csrf=$jeton" "http://127.0.0.1:$port/connexion")
  [[ -n $arrivee && $arrivee != *erreur* ]] || die "connexion refusée pour $role@demo.orion.invalid ($arrivee)"
}

# A readable file name for the URL $2 of role $1: anonyme/panorama_region_84__onglet=formations.txt.
nom_de_fichier() {
  local role=$1 url=$2 nom
  nom=${url#/}
  nom=${nom:-accueil}
  nom=$(sed 's/?/__/; s/[/&]/_/g; s/[^A-Za-z0-9._=%,-]/+/g' <<<"$nom")
  if ((${#nom} > 120)); then
    nom="${nom:0:110}~$(printf '%s' "$role $url" | sha1sum | cut -c1-8)"
  fi
  echo "$role/$nom.txt"
}

# The days a volatile value may carry: the capture's day in Paris and in UTC (they differ after
# 23:00 in Paris).
jours_de_capture() {
  {
    TZ=Europe/Paris date +%F
    date -u +%F
  } | sort -u
}

# Headers: Set-Cookie values of the session and of the anonymous CSRF token are random per visit;
# an absolute URL (Location) names the loopback port this capture drew; the day in an export's file
# name (orion-formations-20261205.csv) is the day of the request.
normaliser_entetes() {
  local jour compact
  sed -E 's/^(Set-Cookie: (SESSION|ORION-CSRF)=)[^;]*/\1(valeur aléatoire)/I
    s#http://127\.0\.0\.1:'"$port"'([/"]|$)#http://127.0.0.1:(port)\1#g' "$1" >"$1.n"
  for jour in $(jours_de_capture); do
    compact=${jour//-/}
    sed -i -E "/^Content-Disposition:/I s/-$compact\\./-(jour de la capture)./g" "$1.n"
  done
  mv "$1.n" "$1"
}

# Bodies as text. CSRF tokens (hidden fields, meta tag for scripts) are drawn at random per request
# (Spring Security masks them). Absolute URLs (OpenAPI's server, Swagger UI's redirect) name the
# loopback port this capture drew. The « Sessions ouvertes » table of /mon-compte shows when the
# capture's own session opened and was last used. The capture's own login, when dated the capture's
# day (an older or empty one stays as it is): « Connexion précédente » of /mon-compte, a demo
# account's vuLe (JSON) and « Vu le » (last column of the users' export).
normaliser_texte() {
  local fichier=$1 jour jj
  sed -i -E 's/(name="_csrf" value=")[^"]*"/\1(jeton CSRF)"/g
    s/(<meta name="csrf-jeton" content=")[^"]*"/\1(jeton CSRF)"/g
    s#http://127\.0\.0\.1:'"$port"'([/"]|$)#http://127.0.0.1:(port)\1#g
    /<table id="sessions">/,/<\/table>/ s#[0-9]{2}/[0-9]{2}/[0-9]{4} à [0-9]{2}:[0-9]{2}#(moment de la capture)#g
    ' "$fichier"
  for jour in $(jours_de_capture); do
    jj=$(date -d "$jour" +%d/%m/%Y)
    sed -i -E "/Connexion précédente/ s#$jj à [0-9]{2}:[0-9]{2}#(moment de la capture)#" "$fichier"
    sed -i -E "s/\"vuLe\":\"$jour[^\"]*\"/\"vuLe\":\"(moment de la capture)\"/g" "$fichier"
    if [[ $2 == *utilisateurs/export.csv* ]]; then
      sed -i -E "s#;$jj(\r?)\$#;(jour de la capture)\1#" "$fichier"
    fi
  done
}

# An XLSX body as its parts, one XML element per line. The zip entries carry the time they were
# written and docProps/core.xml the creation time of the file: both are left out. The shared
# strings are written into the cells that use them (and their table left out): a cell's text is
# compared where it shows, and one new string (a « Vu le » of another day) does not renumber all
# the others. In the users' export, the « Vu le » cells (column K) of the capture's own logins are
# normalised as in the CSV.
ecrire_xlsx() {
  local corps=$1 sortie=$2 url=$3 parties partie jours=""
  parties=$travail/xlsx
  rm -rf "$parties"
  mkdir -p "$parties"
  unzip -q -o "$corps" -d "$parties" || die "XLSX illisible : $url"
  # A workbook without any text has no shared strings table.
  [[ -f $parties/xl/sharedStrings.xml ]] || : >"$parties/xl/sharedStrings.xml"
  if [[ $url == *utilisateurs/export.xlsx* ]]; then
    jours=$(for jour in $(jours_de_capture); do date -d "$jour" +%d/%m/%Y; done | tr '\n' ' ')
  fi
  while IFS= read -r partie; do
    [[ $partie == xl/sharedStrings.xml ]] && continue
    echo "== $partie"
    sed 's/></>\n</g' "$parties/$partie" |
      sed -E '/^<dcterms:(created|modified)[ >]/ s/>[^<]*</>(moment de la capture)</' |
      cellules_resolues "$parties/xl/sharedStrings.xml" "$jours"
    echo
  done < <(cd "$parties" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >>"$sortie"
}

# Reads a worksheet's lines (one element each) and writes the text of shared string N (file $1,
# 0-based) in place of <v>N</v> in a cell of type s; a text of column K equal to one of the days
# $2 becomes « (jour de la capture) ».
cellules_resolues() {
  awk -v chaines="$1" -v jours=" $2" '
    FILENAME == chaines {
      texte = ""
      while (match($0, /<t[^>]*>[^<]*<\/t>/)) {
        t = substr($0, RSTART, RLENGTH)
        sub(/^<t[^>]*>/, "", t)
        sub(/<\/t>$/, "", t)
        texte = texte t
        $0 = substr($0, RSTART + RLENGTH)
      }
      gsub(/\n/, "\\n", texte)
      chaine[NR - 1] = texte
      next
    }
    /^<c / { partagee = ($0 ~ / t="s"/); colonneK = ($0 ~ /^<c r="K[0-9]+"/) }
    partagee && /^<v>[0-9]+<\/v>$/ {
      n = $0
      gsub(/[^0-9]/, "", n)
      texte = chaine[n]
      if (colonneK && texte != "" && index(jours, " " texte " ")) texte = "(jour de la capture)"
      print "<v>" texte "</v>"
      next
    }
    { print }' RS='</si>' "$1" RS='\n' -
}

# Fetches URL $2 as role $1 into DOSSIER/$3.
recuperer() {
  local role=$1 url=$2 fichier=$3 statut type
  local -a options=(-sS -g --max-time "$REQUETE_MAX" --connect-timeout 5 -A "$AGENT"
    -D "$travail/entetes" -o "$travail/corps" -w '%{http_code}')
  [[ $role == anonyme ]] || options+=(-b "$travail/$role.cookies")
  statut=$(curl "${options[@]}" "http://127.0.0.1:$port$url") || die "requête échouée : $role $url"
  tr -d '\r' <"$travail/entetes" |
    grep -iE '^(content-type|content-language|content-disposition|location|set-cookie):' |
    LC_ALL=C sort >"$travail/entetes.gardees" || true
  normaliser_entetes "$travail/entetes.gardees"
  type=$(grep -i '^content-type:' "$travail/entetes.gardees" | head -1 || true)
  mkdir -p "$(dirname "$dossier/$fichier")"
  {
    echo "statut: $statut"
    cat "$travail/entetes.gardees"
    echo
  } >"$dossier/$fichier"
  if [[ $type == *spreadsheetml* ]]; then
    ecrire_xlsx "$travail/corps" "$dossier/$fichier" "$url"
  else
    cat "$travail/corps" >>"$dossier/$fichier"
    normaliser_texte "$dossier/$fichier" "$url"
  fi
}

capturer() {
  dossier=$1
  local commit=${2:-} debut role url fichier n=0
  debut=$(date +%s)
  [[ -e $dossier ]] && die "$dossier existe déjà"
  capture_en_cours=$dossier
  [[ -n $commit ]] && { commit=$(git rev-parse --verify --quiet "$commit^{commit}") || die "commit inconnu : $2"; }
  travail=$(mktemp -d /tmp/orion-rendus.XXXXXX)
  trap nettoyer EXIT
  trap 'exit 130' INT TERM

  construire "$commit"
  preparer_modele
  echo "== copie de $MODELE" >&2
  cp -a "$MODELE" "$travail/donnees"
  rm -f "$travail/donnees/postmaster.pid"
  echo "== démarrage (profil demo, 127.0.0.1)" >&2
  demarrer "$travail/donnees" "$DEMARRAGE_MAX"
  mkdir -p "$dossier"
  verifier_routes
  for role in $(lignes_urls | awk '$1 != "anonyme" { print $1 }' | sort -u); do
    connecter "$role"
  done
  echo "== $(lignes_urls | wc -l) adresses" >&2
  : >"$dossier/index.partiel"
  while read -r role url <&3; do
    fichier=$(nom_de_fichier "$role" "$url")
    if grep -q $'\t'"$fichier"\$ "$dossier/index.partiel"; then
      die "deux URL donnent le même fichier $fichier"
    fi
    recuperer "$role" "$url" "$fichier"
    printf '%s\t%s\t%s\n' "$role" "$url" "$fichier" >>"$dossier/index.partiel"
    n=$((n + 1))
    ((n % 50)) || echo "   $n" >&2
  done 3< <(lignes_urls)
  arreter
  # index.txt marks a complete capture (comparer takes a folder that has one as a capture).
  mv "$dossier/index.partiel" "$dossier/index.txt"
  {
    if [[ -n $commit ]]; then
      echo "commit: $commit"
    else
      echo "commit: arbre de travail $(git rev-parse HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (modifié)')"
    fi
    echo "jar: $jar"
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "modèle: $MODELE"
    echo "adresses: $n"
    echo "durée: $(($(date +%s) - debut)) s"
  } >"$dossier/capture.txt"
  echo "== $n adresses capturées dans $dossier en $(($(date +%s) - debut)) s" >&2
}

# ---------------------------------------------------------------------------------------------------
# Compare

# The capture folder for $1: itself when it holds a capture, else a new capture of the commit (or of
# the working tree for « . ») under $CAPTURES, named after the commit and side $2.
capture_de() {
  local cible=$1 cote=$2 commit="" nom
  if [[ -f $cible/index.txt ]]; then
    echo "$cible"
    return
  fi
  if [[ $cible == . ]]; then
    nom=arbre
  else
    commit=$(git rev-parse --verify --quiet "$cible^{commit}") || die "ni capture ni commit : $cible"
    nom=${commit:0:7}
  fi
  nom=$CAPTURES/$nom-$(date +%Y%m%d-%H%M%S)-$cote
  "$0" capturer "$nom" $commit >&2
  echo "$nom"
}

# The reference data folder a capture folder $1 was made from (its capture.txt), if any.
modele_de() {
  [[ -f $1/capture.txt ]] && sed -n 's/^modèle: //p' "$1/capture.txt"
}

comparer() {
  local avant apres role url fichier differences=0 total=0 modele
  # A commit compared with a kept capture must read the same database as that capture did: its
  # reference folder, unless RENDUS_MODELE says otherwise.
  if [[ -z ${RENDUS_MODELE:-} ]]; then
    modele=$(modele_de "$1" || modele_de "$2" || true)
    if [[ -n $modele ]]; then
      [[ -f $modele/PG_VERSION ]] || die "le dossier de données de la capture n'existe plus : $modele"
      export RENDUS_MODELE=$modele
    fi
  fi
  avant=$(capture_de "$1" avant)
  apres=$(capture_de "$2" apres)
  echo "== $avant"
  echo "   $apres"
  while IFS=$'\t' read -r role url fichier; do
    total=$((total + 1))
    if ! grep -qxF "$role"$'\t'"$url"$'\t'"$fichier" "$apres/index.txt"; then
      echo "-- $role $url : absente de $apres"
      differences=$((differences + 1))
    elif ! cmp -s "$avant/$fichier" "$apres/$fichier"; then
      echo "-- $role $url ($fichier)"
      diff -u --label avant --label apres "$avant/$fichier" "$apres/$fichier" | head -n 24 | cut -c1-240 || true
      differences=$((differences + 1))
    fi
  done <"$avant/index.txt"
  while IFS=$'\t' read -r role url fichier; do
    if ! grep -qxF "$role"$'\t'"$url"$'\t'"$fichier" "$avant/index.txt"; then
      echo "-- $role $url : absente de $avant"
      total=$((total + 1))
      differences=$((differences + 1))
    fi
  done <"$apres/index.txt"
  echo "$total adresses, $differences différence$( ((differences > 1)) && echo s)"
  ((differences == 0))
}

case "${1:-}" in
  capturer)
    [[ $# -ge 2 && $# -le 3 ]] || die "usage : bench/rendus.sh capturer DOSSIER [COMMIT]"
    capturer "$(realpath -m "$2")" "${3:-}"
    ;;
  comparer)
    [[ $# -eq 3 ]] || die "usage : bench/rendus.sh comparer AVANT APRES"
    comparer "$2" "$3" || exit 1
    ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
