package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.UTILISATEUR;
import static fr.education.orion.schema.Tables.UTILISATEUR_UAI;

import fr.education.orion.compte.connexion.SessionsCompte;
import fr.education.orion.compte.gestion.Evenement;
import fr.education.orion.compte.gestion.JournalCompte;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.schema.tables.records.UtilisateurRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, creates and updates accounts, whoever asks: an administrator's page (which checks its own
 * rights first, see {@link GestionComptes}) or a single sign-on login. Every change is audited;
 * disabling an account ends its open sessions.
 */
@Component
public class Comptes {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final DSLContext dsl;
  private final TerritoireQueries territoires;
  private final Matrice matrice;
  private final JournalCompte journal;
  private final SessionsCompte sessions;

  Comptes(
      DSLContext dsl,
      Matrice matrice,
      JournalCompte journal,
      SessionsCompte sessions,
      TerritoireQueries territoires) {
    this.dsl = dsl;
    this.territoires = territoires;
    this.matrice = matrice;
    this.journal = journal;
    this.sessions = sessions;
  }

  public Optional<Utilisateur> parId(long id) {
    return trouver(UTILISATEUR.ID.eq(id));
  }

  /** Case-insensitive, as e-mails are stored lower-cased. */
  public Optional<Utilisateur> parEmail(String email) {
    return trouver(UTILISATEUR.EMAIL.eq(email.strip().toLowerCase(Locale.ROOT)));
  }

  /** The single sign-on user of this OpenID Connect subject. */
  public Optional<Utilisateur> parSub(String sub) {
    return trouver(UTILISATEUR.SUB.eq(sub));
  }

  /** Creates an account without a password: it is chosen through the activation link. */
  @Transactional
  public Utilisateur create(FicheUtilisateur fiche) {
    check(fiche, null);
    OffsetDateTime now = OffsetDateTime.now();
    long id =
        dsl.insertInto(UTILISATEUR)
            .set(champs(fiche))
            .set(UTILISATEUR.CREE_LE, now)
            .set(UTILISATEUR.MODIFIE_LE, now)
            .returning(UTILISATEUR.ID)
            .fetchOne()
            .getId();
    ecrireUais(id, fiche.uais());
    journal.noter(
        Evenement.CREATION, id, fiche.email(), "Rôle " + fiche.role().code() + decrire(fiche));
    return parId(id).orElseThrow();
  }

  /**
   * Updates an account; a role change and a change of the active flag are audited as such, and
   * disabling ends the account's sessions at once.
   */
  @Transactional
  public Utilisateur update(long id, FicheUtilisateur fiche) {
    Utilisateur avant =
        parId(id).orElseThrow(() -> new CompteInvalideException("Aucun compte n° " + id + "."));
    check(fiche, id);
    dsl.update(UTILISATEUR)
        .set(champs(fiche))
        .set(UTILISATEUR.MODIFIE_LE, OffsetDateTime.now())
        .where(UTILISATEUR.ID.eq(id))
        .execute();
    ecrireUais(id, fiche.uais());
    if (avant.role() != fiche.role()) {
      journal.noter(
          Evenement.CHANGEMENT_ROLE,
          id,
          fiche.email(),
          avant.role().code() + " → " + fiche.role().code());
    }
    if (!avant.fiche().equals(fiche)) {
      journal.noter(Evenement.MODIFICATION, id, fiche.email(), changements(avant.fiche(), fiche));
    }
    if (avant.actif() && !fiche.actif()) {
      journal.noter(Evenement.DESACTIVATION, id, fiche.email(), "Compte désactivé");
      sessions.terminer(id);
    } else if (!avant.actif() && fiche.actif()) {
      journal.noter(Evenement.REACTIVATION, id, fiche.email(), "Compte réactivé");
    }
    return parId(id).orElseThrow();
  }

  /**
   * Links an account to its single sign-on subject. Its password is removed: once a user signs in
   * through the ministry's portal, local login is off for that account (as in the reference).
   */
  @Transactional
  public Utilisateur lierSso(long id, String sub) {
    dsl.update(UTILISATEUR)
        .set(UTILISATEUR.SUB, sub)
        .setNull(UTILISATEUR.MOT_DE_PASSE)
        .set(
            UTILISATEUR.ACTIVE_LE, DSL.coalesce(UTILISATEUR.ACTIVE_LE, DSL.currentOffsetDateTime()))
        .set(UTILISATEUR.MODIFIE_LE, OffsetDateTime.now())
        .where(UTILISATEUR.ID.eq(id))
        .execute();
    Utilisateur utilisateur = parId(id).orElseThrow();
    journal.noter(
        Evenement.LIAISON_SSO, id, utilisateur.email(), "Compte lié à l'authentification unique");
    return utilisateur;
  }

  /**
   * Records in the audit a successful login that did not go through the login form, e.g. single
   * sign-on ({@code moyen} says how).
   */
  public void noterConnexion(Utilisateur utilisateur, String moyen) {
    journal.noter(Evenement.CONNEXION, utilisateur.id(), utilisateur.email(), moyen);
  }

  /** Accounts matching {@code condition}, for the queries of this module. */
  public List<Utilisateur> lister(Condition condition, SortField<?> ordre) {
    return dsl.select(UTILISATEUR.asterisk(), uais())
        .from(UTILISATEUR)
        .where(condition)
        .orderBy(ordre, UTILISATEUR.ID)
        .fetch(Comptes::utilisateur);
  }

  public static Utilisateur utilisateur(Record r) {
    UtilisateurRecord u = r.into(UTILISATEUR);
    String[] uais = r.get("uais", String[].class);
    return new Utilisateur(
        u.getId(),
        u.getEmail(),
        u.getPrenom(),
        u.getNom(),
        Role.of(u.getRole()),
        u.getFonction(),
        r.get(UTILISATEUR.CODE_REGION, CodeRegion.CONVERTER),
        uais == null ? List.of() : Arrays.stream(uais).map(Uai::new).toList(),
        u.getSub(),
        u.getActif(),
        u.getMotDePasse() != null,
        u.getActiveLe(),
        u.getCreeLe(),
        u.getModifieLe(),
        u.getVuLe());
  }

  /** The UAIs of the user of the current row, sorted, as an array. */
  public static Field<String[]> uais() {
    return DSL.field(
            DSL.select(DSL.arrayAgg(UTILISATEUR_UAI.UAI).orderBy(UTILISATEUR_UAI.UAI))
                .from(UTILISATEUR_UAI)
                .where(UTILISATEUR_UAI.UTILISATEUR_ID.eq(UTILISATEUR.ID)))
        .as("uais");
  }

  private Optional<Utilisateur> trouver(Condition condition) {
    return dsl.select(UTILISATEUR.asterisk(), uais())
        .from(UTILISATEUR)
        .where(condition)
        .fetchOptional(Comptes::utilisateur);
  }

  private Map<Field<?>, Object> champs(FicheUtilisateur fiche) {
    Map<Field<?>, Object> champs = new LinkedHashMap<>();
    champs.put(UTILISATEUR.EMAIL, fiche.email());
    champs.put(UTILISATEUR.PRENOM, fiche.prenom());
    champs.put(UTILISATEUR.NOM, fiche.nom());
    champs.put(UTILISATEUR.ROLE, fiche.role().code());
    champs.put(UTILISATEUR.FONCTION, fiche.fonction());
    champs.put(UTILISATEUR.CODE_REGION, CodeRegion.CONVERTER.to(fiche.codeRegion()));
    champs.put(UTILISATEUR.ACTIF, fiche.actif());
    return champs;
  }

  private void ecrireUais(long id, List<Uai> uais) {
    dsl.deleteFrom(UTILISATEUR_UAI).where(UTILISATEUR_UAI.UTILISATEUR_ID.eq(id)).execute();
    for (Uai uai : uais) {
      dsl.insertInto(UTILISATEUR_UAI)
          .set(UTILISATEUR_UAI.UTILISATEUR_ID, id)
          .set(UTILISATEUR_UAI.UAI, uai.code())
          .execute();
    }
  }

  /** Refuses, with a French reason, an account that does not fit its role or is a duplicate. */
  private void check(FicheUtilisateur fiche, @Nullable Long id) {
    bornes(fiche);
    if (!EMAIL.matcher(fiche.email()).matches()) {
      throw new CompteInvalideException(
          "L'adresse e-mail « " + fiche.email() + " » n'est pas valide.");
    }
    if (fiche.prenom().isEmpty() || fiche.nom().isEmpty()) {
      throw new CompteInvalideException("Le prénom et le nom sont obligatoires.");
    }
    Optional<Utilisateur> homonyme = parEmail(fiche.email());
    if (homonyme.isPresent() && (id == null || homonyme.get().id() != id)) {
      throw new CompteInvalideException(
          "Un compte existe déjà avec l'adresse " + fiche.email() + ".");
    }
    if (fiche.fonction() != null && !matrice.fonctions().contains(fiche.fonction())) {
      throw new CompteInvalideException("La fonction « " + fiche.fonction() + " » n'existe pas.");
    }
    Portee perimetre = matrice.role(fiche.role()).perimetre();
    String libelle = matrice.role(fiche.role()).libelle();
    if (perimetre == Portee.NATIONAL && fiche.codeRegion() != null) {
      throw new CompteInvalideException(
          "Le rôle " + libelle + " est national : il n'a pas de région.");
    }
    if (perimetre == Portee.REGION && fiche.codeRegion() == null) {
      throw new CompteInvalideException("Le rôle " + libelle + " demande une région.");
    }
    if (fiche.codeRegion() != null && territoires.region(fiche.codeRegion()).isEmpty()) {
      throw new CompteInvalideException("La région « " + fiche.codeRegion() + " » n'existe pas.");
    }
    if (perimetre == Portee.UAI && fiche.uais().isEmpty()) {
      throw new CompteInvalideException(
          "Le rôle " + libelle + " demande au moins un établissement (UAI).");
    }
    if (perimetre != Portee.UAI && !fiche.uais().isEmpty()) {
      throw new CompteInvalideException("Seul le rôle Perdir a des établissements (UAI).");
    }
  }

  /**
   * Refuses a field longer than its bound before anything else, so that no message, query or audit
   * line carries it.
   */
  private static void bornes(FicheUtilisateur fiche) {
    borne("L'adresse e-mail", fiche.email(), FicheUtilisateur.LONGUEUR_EMAIL);
    borne("Le prénom", fiche.prenom(), FicheUtilisateur.LONGUEUR_NOM);
    borne("Le nom", fiche.nom(), FicheUtilisateur.LONGUEUR_NOM);
    borne("La fonction", fiche.fonction(), FicheUtilisateur.LONGUEUR_FONCTION);
  }

  private static void borne(String champ, @Nullable String valeur, int longueurMaximale) {
    if (valeur != null && valeur.length() > longueurMaximale) {
      throw new CompteInvalideException(
          champ + " ne doit pas dépasser " + longueurMaximale + " caractères.");
    }
  }

  private static String decrire(FicheUtilisateur fiche) {
    return (fiche.codeRegion() == null ? "" : ", région " + fiche.codeRegion())
        + (fiche.uais().isEmpty() ? "" : ", UAI " + codes(fiche.uais()));
  }

  private static String changements(FicheUtilisateur avant, FicheUtilisateur apres) {
    StringBuilder texte = new StringBuilder();
    ajouter(texte, "e-mail", avant.email(), apres.email());
    ajouter(texte, "prénom", avant.prenom(), apres.prenom());
    ajouter(texte, "nom", avant.nom(), apres.nom());
    ajouter(texte, "rôle", avant.role().code(), apres.role().code());
    ajouter(texte, "fonction", avant.fonction(), apres.fonction());
    ajouter(
        texte,
        "région",
        CodeRegion.CONVERTER.to(avant.codeRegion()),
        CodeRegion.CONVERTER.to(apres.codeRegion()));
    ajouter(texte, "UAI", codes(avant.uais()), codes(apres.uais()));
    ajouter(texte, "actif", String.valueOf(avant.actif()), String.valueOf(apres.actif()));
    return texte.toString();
  }

  private static String codes(List<Uai> uais) {
    return String.join(" ", uais.stream().map(Uai::code).toList());
  }

  private static void ajouter(
      StringBuilder texte, String champ, @Nullable String avant, @Nullable String apres) {
    if (!Objects.equals(avant, apres)) {
      texte
          .append(texte.isEmpty() ? "" : " ; ")
          .append(champ)
          .append(" : ")
          .append(avant == null ? "—" : avant)
          .append(" → ")
          .append(apres == null ? "—" : apres);
    }
  }
}
