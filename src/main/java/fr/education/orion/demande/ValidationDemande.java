package fr.education.orion.demande;

import static fr.education.orion.campagne.TypeDemande.AJUSTEMENT;
import static fr.education.orion.campagne.TypeDemande.COLORATION;
import static fr.education.orion.campagne.TypeDemande.DIMINUTION;
import static fr.education.orion.campagne.TypeDemande.FERMETURE;

import fr.education.orion.campagne.CategorieMotif;
import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.compte.Role;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The field rules of a demande (§4.4 point 5 and the form's own): a {@link SaisieDemande} becomes a
 * {@link ContenuDemande}, or the list of what is wrong, field by field, in French. The rules that
 * need the database (the établissement and formation exist, the author's scope, the campaign open,
 * no similar demande) are the use case's.
 *
 * <p>The sections that do not apply to the type (AMI/CMA, works, equipment, boarding and catering
 * for closures and decreases) are emptied, not refused: the form without JavaScript shows them all.
 */
public final class ValidationDemande {

  private static final Set<TypeDemande> OUVERTURES =
      EnumSet.of(TypeDemande.OUVERTURE_NETTE, TypeDemande.OUVERTURE_COMPENSATION);
  private static final Set<TypeDemande> AUGMENTATIONS =
      EnumSet.of(TypeDemande.AUGMENTATION_NETTE, TypeDemande.AUGMENTATION_COMPENSATION, AJUSTEMENT);
  private static final Set<TypeDemande> REDUCTIONS = EnumSet.of(FERMETURE, DIMINUTION);

  /** How many years after its campaign an AMI/CMA validation may be dated. */
  private static final int HORIZON_AMI_CMA = 5;

  /** The form checked: its content, or the errors (then the content is null). */
  public record Resultat(@Nullable ContenuDemande contenu, List<ErreurChamp> erreurs) {

    public boolean valide() {
      return erreurs.isEmpty();
    }
  }

  private final SaisieDemande saisie;
  private final ContexteValidation contexte;
  private final List<ErreurChamp> erreurs = new ArrayList<>();

  private ValidationDemande(SaisieDemande saisie, ContexteValidation contexte) {
    this.saisie = saisie;
    this.contexte = contexte;
  }

  public static Resultat validate(SaisieDemande saisie, ContexteValidation contexte) {
    return new ValidationDemande(saisie, contexte).validate();
  }

  private Resultat validate() {
    Uai uai = code("uai", saisie.uai(), "L'établissement (UAI)", Uai::of);
    Cfd cfd = code("cfd", saisie.cfd(), "La formation (CFD)", Cfd::of);
    String dispositif = texte(saisie.codeDispositif());
    if (dispositif == null) {
      erreur("codeDispositif", "Le dispositif est obligatoire");
    }
    String libelleFCIL = contexte.fcil() ? texte(saisie.libelleFCIL()) : null;
    if (contexte.fcil() && libelleFCIL == null) {
      erreur("libelleFCIL", "Le libellé de la FCIL est obligatoire pour une formation FCIL");
    }
    TypeDemande type = type();
    RentreeScolaire rentree = type == null ? null : rentree(type);
    boolean coloration = coche(saisie.coloration()) || type == COLORATION;
    String libelleColoration1 = coloration ? texte(saisie.libelleColoration1()) : null;
    String libelleColoration2 = coloration ? texte(saisie.libelleColoration2()) : null;
    if (coloration && contexte.fcil()) {
      erreur("coloration", "Une FCIL ne peut pas être colorée");
    } else if (coloration && libelleColoration1 == null) {
      erreur("libelleColoration1", "Une coloration demande au moins un libellé de coloration");
    }
    Capacites capacites = type == null ? null : capacites(type, coloration);
    List<String> motifs = type == null ? List.of() : motifs(type);
    String autreMotif =
        precision(motifs, saisie.autreMotif(), "autreMotif", "Précisez le motif choisi");
    StatutDemande statut = statut();
    boolean refus = statut == StatutDemande.REFUSEE;
    List<String> motifsRefus = refus ? motifsRefus() : List.of();
    String autreMotifRefus =
        refus
            ? precision(
                motifsRefus,
                saisie.autreMotifRefus(),
                "autreMotifRefus",
                "Précisez le motif de refus choisi")
            : null;
    boolean projet = type != null && !REDUCTIONS.contains(type);
    ContenuDemande.AmiCma amiCma = projet ? amiCma() : null;
    ContenuDemande.BesoinRH recrutement =
        besoin(
            "RecrutementRH",
            saisie.recrutementRH(),
            saisie.nbRecrutementRH(),
            saisie.discipline1RecrutementRH(),
            saisie.discipline2RecrutementRH(),
            "recrutements");
    ContenuDemande.BesoinRH reconversion =
        besoin(
            "ReconversionRH",
            saisie.reconversionRH(),
            saisie.nbReconversionRH(),
            saisie.discipline1ReconversionRH(),
            saisie.discipline2ReconversionRH(),
            "reconversions");
    ContenuDemande.BesoinRH professeurAssocie =
        besoin(
            "ProfesseurAssocieRH",
            saisie.professeurAssocieRH(),
            saisie.nbProfesseurAssocieRH(),
            saisie.discipline1ProfesseurAssocieRH(),
            saisie.discipline2ProfesseurAssocieRH(),
            "professeurs associés");
    ContenuDemande.BesoinRH formation =
        besoin(
            "FormationRH",
            saisie.formationRH(),
            saisie.nbFormationRH(),
            saisie.discipline1FormationRH(),
            saisie.discipline2FormationRH(),
            "formations");
    ContenuDemande.Investissement travaux =
        projet && coche(saisie.travauxAmenagement())
            ? new ContenuDemande.Investissement(
                entier(
                    "travauxAmenagementCout",
                    saisie.travauxAmenagementCout(),
                    "Le coût des travaux"),
                texte(saisie.travauxAmenagementDescription()))
            : null;
    ContenuDemande.Investissement equipement =
        projet && coche(saisie.achatEquipement())
            ? new ContenuDemande.Investissement(
                entier(
                    "achatEquipementCout", saisie.achatEquipementCout(), "Le coût de l'équipement"),
                texte(saisie.achatEquipementDescription()))
            : null;
    ContenuDemande.Accueil hebergement =
        projet && coche(saisie.augmentationCapaciteAccueilHebergement())
            ? new ContenuDemande.Accueil(
                entier(
                    "augmentationCapaciteAccueilHebergementPlaces",
                    saisie.augmentationCapaciteAccueilHebergementPlaces(),
                    "Le nombre de places d'hébergement"),
                texte(saisie.augmentationCapaciteAccueilHebergementPrecisions()))
            : null;
    ContenuDemande.Accueil restauration =
        projet && coche(saisie.augmentationCapaciteAccueilRestauration())
            ? new ContenuDemande.Accueil(
                entier(
                    "augmentationCapaciteAccueilRestaurationPlaces",
                    saisie.augmentationCapaciteAccueilRestaurationPlaces(),
                    "Le nombre de places de restauration"),
                texte(saisie.augmentationCapaciteAccueilRestaurationPrecisions()))
            : null;
    if (!erreurs.isEmpty()) {
      return new Resultat(null, List.copyOf(erreurs));
    }
    boolean partenaires = coche(saisie.partenairesEconomiquesImpliques());
    return new Resultat(
        new ContenuDemande(
            uai,
            cfd,
            dispositif,
            libelleFCIL,
            rentree,
            type,
            coloration,
            libelleColoration1,
            libelleColoration2,
            capacites,
            motifs,
            autreMotif,
            amiCma,
            partenaires
                ? Stream.of(saisie.partenaireEconomique1(), saisie.partenaireEconomique2())
                    .map(ValidationDemande::texte)
                    .filter(p -> p != null)
                    .toList()
                : List.of(),
            coche(saisie.cmqImplique())
                ? new ContenuDemande.Cmq(texte(saisie.filiereCmq()), texte(saisie.nomCmq()))
                : null,
            texte(saisie.inspecteurReferent()),
            recrutement,
            reconversion,
            professeurAssocie,
            formation,
            texte(saisie.besoinRHPrecisions()),
            travaux,
            equipement,
            hebergement,
            restauration,
            texte(saisie.commentaire()),
            motifsRefus,
            autreMotifRefus),
        List.of());
  }

  private @Nullable TypeDemande type() {
    String code = texte(saisie.typeDemande());
    if (code == null) {
      erreur("typeDemande", "Le type de demande est obligatoire");
      return null;
    }
    TypeDemande type;
    try {
      type = TypeDemande.of(code);
    } catch (IllegalArgumentException e) {
      erreur("typeDemande", "Le type de demande « " + code + " » n'existe pas");
      return null;
    }
    if (!contexte.types().contains(type)) {
      erreur(
          "typeDemande",
          "La campagne " + contexte.annee() + " ne propose pas le type « " + type.libelle() + " »");
      return null;
    }
    if (type == AJUSTEMENT && contexte.auteur() == Role.PERDIR) {
      erreur("typeDemande", "Un chef d'établissement ne peut pas saisir d'ajustement de rentrée");
      return null;
    }
    return type;
  }

  private @Nullable RentreeScolaire rentree(TypeDemande type) {
    String code = texte(saisie.rentreeScolaire());
    List<RentreeScolaire> permises =
        type == AJUSTEMENT
            ? List.of(contexte.annee().rentreeAjustee())
            : contexte.annee().rentreesPreparees();
    if (code != null && RentreeScolaire.estValide(code)) {
      RentreeScolaire rentree = RentreeScolaire.of(code);
      if (permises.contains(rentree)) {
        return rentree;
      }
    }
    erreur(
        "rentreeScolaire",
        type == AJUSTEMENT
            ? "Un ajustement de la campagne "
                + contexte.annee()
                + " vise la rentrée "
                + permises.get(0)
            : "La rentrée scolaire doit être l'une de "
                + permises.get(0)
                + " à "
                + permises.get(permises.size() - 1));
    return null;
  }

  /** The capacities, then the rules of §4.4 on them (type, coloration, totals). */
  private @Nullable Capacites capacites(TypeDemande type, boolean coloration) {
    Integer sa =
        capacite(
            "capaciteScolaireActuelle",
            saisie.capaciteScolaireActuelle(),
            "scolaire actuelle",
            true);
    Integer sf = capacite("capaciteScolaire", saisie.capaciteScolaire(), "scolaire future", true);
    Integer sca =
        capacite(
            "capaciteScolaireColoreeActuelle",
            saisie.capaciteScolaireColoreeActuelle(),
            "scolaire colorée actuelle",
            false);
    Integer scf =
        capacite(
            "capaciteScolaireColoree",
            saisie.capaciteScolaireColoree(),
            "scolaire colorée future",
            false);
    Integer aa =
        capacite(
            "capaciteApprentissageActuelle",
            saisie.capaciteApprentissageActuelle(),
            "en apprentissage actuelle",
            true);
    Integer af =
        capacite(
            "capaciteApprentissage",
            saisie.capaciteApprentissage(),
            "en apprentissage future",
            true);
    Integer aca =
        capacite(
            "capaciteApprentissageColoreeActuelle",
            saisie.capaciteApprentissageColoreeActuelle(),
            "en apprentissage colorée actuelle",
            false);
    Integer acf =
        capacite(
            "capaciteApprentissageColoree",
            saisie.capaciteApprentissageColoree(),
            "en apprentissage colorée future",
            false);
    if (Stream.of(sa, sf, sca, scf, aa, af, aca, acf).anyMatch(c -> c == null)) {
      return null;
    }
    Capacites c = new Capacites(sa, sf, sca, scf, aa, af, aca, acf);
    int erreursAvant = erreurs.size();
    if (OUVERTURES.contains(type)) {
      if (c.scolaireActuelle() > 0
          || c.apprentissageActuelle() > 0
          || c.scolaireColoreeActuelle() > 0
          || c.apprentissageColoreeActuelle() > 0) {
        erreur("capacites", "Une ouverture part de capacités actuelles à 0");
      }
    } else if (type == FERMETURE) {
      if (c.scolaire() > 0
          || c.apprentissage() > 0
          || c.scolaireColoree() > 0
          || c.apprentissageColoree() > 0) {
        erreur("capacites", "Une fermeture ramène toutes les capacités futures à 0");
      }
    } else if (AUGMENTATIONS.contains(type)) {
      if (c.differenceScolaire() < 0 || c.differenceApprentissage() < 0) {
        erreur("capacites", "Une augmentation ne diminue la capacité d'aucune voie");
      } else if (c.differenceTotale() <= 0) {
        erreur("capacites", "Une augmentation accroît la capacité totale");
      }
    } else if (type == DIMINUTION) {
      if (c.differenceScolaire() > 0 || c.differenceApprentissage() > 0) {
        erreur("capacites", "Une diminution n'augmente la capacité d'aucune voie");
      } else if (c.differenceTotale() >= 0) {
        erreur("capacites", "Une diminution réduit la capacité totale");
      }
    } else if (type == TypeDemande.TRANSFERT) {
      if (c.differenceApprentissage() <= 0
          || c.differenceScolaire() >= 0
          || c.apprentissage() == 0) {
        erreur(
            "capacites",
            "Un transfert fait passer des places de la voie scolaire à l'apprentissage : la"
                + " capacité scolaire baisse, celle en apprentissage augmente");
      }
    }
    if (!coloration && (c.scolaireColoree() > 0 || c.apprentissageColoree() > 0)) {
      erreur("capacites", "Des places colorées supposent une coloration");
    }
    if (c.scolaireColoree() > c.scolaire()
        || c.scolaireColoreeActuelle() > c.scolaireActuelle()
        || c.apprentissageColoree() > c.apprentissage()
        || c.apprentissageColoreeActuelle() > c.apprentissageActuelle()) {
      erreur("capacites", "Les places colorées d'une voie ne dépassent pas sa capacité");
    }
    if (coloration && c.scolaireColoree() + c.apprentissageColoree() == 0) {
      erreur("capacites", "Une coloration compte au moins une place colorée");
    }
    if (c.actuelle() == 0 && !OUVERTURES.contains(type) && type != AJUSTEMENT) {
      erreur(
          "capacites",
          "La capacité actuelle totale est nulle : ce n'est possible que pour une ouverture ou un ajustement");
    }
    if (c.future() == 0 && type != FERMETURE && type != COLORATION) {
      erreur(
          "capacites",
          "La capacité future totale est nulle : ce n'est possible que pour une fermeture");
    }
    return erreurs.size() == erreursAvant ? c : null;
  }

  private List<String> motifs(TypeDemande type) {
    List<String> motifs = textes(saisie.motifs());
    if (motifs.isEmpty() && type != AJUSTEMENT) {
      erreur("motifs", "Choisissez au moins un motif");
    }
    proposes(
        motifs,
        type.motifs(),
        "motifs",
        "Le motif « %s » n'est pas proposé pour ce type de demande cette campagne");
    return motifs;
  }

  private @Nullable StatutDemande statut() {
    String code = texte(saisie.statut());
    if (code == null) {
      return null;
    }
    try {
      StatutDemande statut = StatutDemande.of(code);
      if (statut != StatutDemande.SUPPRIMEE) {
        return statut;
      }
    } catch (IllegalArgumentException e) {
      // refused below, as a deleted status
    }
    erreur("statut", "Le statut « " + code + " » ne peut pas être enregistré par le formulaire");
    return null;
  }

  private List<String> motifsRefus() {
    List<String> motifs = textes(saisie.motifsRefus());
    if (motifs.isEmpty()) {
      erreur("motifsRefus", "Un refus demande au moins un motif de refus");
    }
    proposes(
        motifs,
        CategorieMotif.REFUS,
        "motifsRefus",
        "Le motif de refus « %s » n'est pas proposé cette campagne");
    return motifs;
  }

  private void proposes(
      List<String> codes, CategorieMotif categorie, String champ, String message) {
    Set<String> offerts = contexte.motifs().getOrDefault(categorie, Set.of());
    codes.stream()
        .filter(m -> !offerts.contains(m))
        .forEach(m -> erreur(champ, message.formatted(m)));
  }

  /** The text a chosen motif such as « autre » requires, or null when none does. */
  private @Nullable String precision(
      List<String> motifs, @Nullable String saisi, String champ, String message) {
    if (motifs.stream().noneMatch(contexte.motifsAPreciser()::contains)) {
      return null;
    }
    String precision = texte(saisi);
    if (precision == null) {
      erreur(champ, message);
    }
    return precision;
  }

  private ContenuDemande.@Nullable AmiCma amiCma() {
    if (!coche(saisie.amiCma())) {
      return null;
    }
    boolean valide = coche(saisie.amiCmaValide());
    Integer annee = null;
    if (valide) {
      String saisi = texte(saisie.amiCmaValideAnnee());
      int maximum = contexte.annee().annee() + HORIZON_AMI_CMA;
      if (saisi != null && saisi.matches("\\d{4}") && Integer.parseInt(saisi) <= maximum) {
        annee = Integer.parseInt(saisi);
      } else {
        erreur(
            "amiCmaValideAnnee",
            "L'année de validation de l'AMI/CMA est une année de 4 chiffres, "
                + maximum
                + " au plus");
      }
    }
    return new ContenuDemande.AmiCma(valide, annee, coche(saisie.amiCmaEnCoursValidation()));
  }

  private ContenuDemande.@Nullable BesoinRH besoin(
      String suffixe,
      @Nullable String coche,
      @Nullable String nombre,
      @Nullable String discipline1,
      @Nullable String discipline2,
      String quoi) {
    if (!coche(coche)) {
      return null;
    }
    Integer n = entier("nb" + suffixe, nombre, "Le nombre de " + quoi);
    if (n == null) {
      if (texte(nombre) == null) {
        erreur("nb" + suffixe, "Le nombre de " + quoi + " est obligatoire");
      }
      return null;
    }
    return new ContenuDemande.BesoinRH(n, textes(Stream.of(discipline1, discipline2).toList()));
  }

  private @Nullable Integer capacite(
      String champ, @Nullable String saisi, String libelle, boolean obligatoire) {
    if (texte(saisi) == null && !obligatoire) {
      return 0;
    }
    Integer valeur = entier(champ, saisi, null);
    if (valeur == null) {
      erreur(champ, "La capacité " + libelle + " doit être un entier positif ou nul");
    }
    return valeur;
  }

  /**
   * A count or an amount: null when blank, or when malformed (then an error named after {@code
   * libelle}, unless the caller reports it).
   */
  private @Nullable Integer entier(String champ, @Nullable String saisi, @Nullable String libelle) {
    String texte = texte(saisi);
    if (texte != null && texte.matches("\\d{1,9}")) {
      return Integer.parseInt(texte);
    }
    if (texte != null && libelle != null) {
      erreur(champ, libelle + " doit être un entier positif ou nul");
    }
    return null;
  }

  private <T> @Nullable T code(
      String champ, @Nullable String saisi, String libelle, Function<String, T> lecture) {
    String texte = texte(saisi);
    if (texte == null) {
      erreur(champ, libelle + " est obligatoire");
      return null;
    }
    try {
      return lecture.apply(texte);
    } catch (ErrorResponseException e) {
      erreur(champ, String.valueOf(e.getBody().getDetail()));
      return null;
    }
  }

  private void erreur(String champ, String message) {
    erreurs.add(new ErreurChamp(champ, message));
  }

  private static boolean coche(@Nullable String saisi) {
    return "true".equals(saisi) || "on".equals(saisi);
  }

  private static @Nullable String texte(@Nullable String saisi) {
    return saisi == null || saisi.isBlank() ? null : saisi.strip();
  }

  private static List<String> textes(List<@Nullable String> saisis) {
    return saisis.stream().map(ValidationDemande::texte).filter(t -> t != null).distinct().toList();
  }
}
