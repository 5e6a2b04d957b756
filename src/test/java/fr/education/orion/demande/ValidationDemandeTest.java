package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.campagne.AnneeCampagne;
import fr.education.orion.campagne.CategorieMotif;
import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.compte.Role;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule, failing then passing. A row changes the fields of a valid form (an augmentation from
 * 24 to 36 scolaire places, campaign 2025, typed by a pilote_region), as {@code field=value;…}
 * ({@code fcil} and {@code auteur} change the context, lists are comma-separated), and gives the
 * field and message expected, or {@code -} when the form is valid.
 */
class ValidationDemandeTest {

  private static final Map<String, String> VALIDE =
      Map.of(
          "uai", "0690001A",
          "cfd", "40022105",
          "codeDispositif", "323",
          "rentreeScolaire", "2026",
          "typeDemande", "augmentation_nette",
          "capaciteScolaireActuelle", "24",
          "capaciteScolaire", "36",
          "capaciteApprentissageActuelle", "0",
          "capaciteApprentissage", "0",
          "motifs", "besoins_economiques_locaux");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      nullValues = "-",
      textBlock =
          """
          ""                                              | -                  | -
          uai=                                            | uai                | L'établissement (UAI) est obligatoire
          uai=069                                         | uai                | L'UAI « 069 » est invalide : il compte 7 chiffres suivis d'une lettre (ex. 0350031U).
          cfd=                                            | cfd                | La formation (CFD) est obligatoire
          codeDispositif=                                 | codeDispositif     | Le dispositif est obligatoire
          fcil=true                                       | libelleFCIL        | Le libellé de la FCIL est obligatoire pour une formation FCIL
          fcil=true;libelleFCIL=Sommellerie               | -                  | -
          typeDemande=                                    | typeDemande        | Le type de demande est obligatoire
          typeDemande=inconnu                             | typeDemande        | Le type de demande « inconnu » n'existe pas
          typeDemande=ouverture_compensation              | typeDemande        | La campagne 2025 ne propose pas le type « Ouverture avec compensation »
          auteur=perdir;typeDemande=ajustement;rentreeScolaire=2025;motifs= | typeDemande | Un chef d'établissement ne peut pas saisir d'ajustement de rentrée
          typeDemande=ajustement;rentreeScolaire=2025;motifs=             | -  | -
          typeDemande=ajustement;rentreeScolaire=2026;motifs=             | rentreeScolaire | Un ajustement de la campagne 2025 vise la rentrée 2025
          rentreeScolaire=2025                            | rentreeScolaire    | La rentrée scolaire doit être l'une de 2026 à 2030
          rentreeScolaire=2031                            | rentreeScolaire    | La rentrée scolaire doit être l'une de 2026 à 2030
          rentreeScolaire=2030                            | -                  | -
          capaciteScolaire=-1                             | capaciteScolaire   | La capacité scolaire future doit être un entier positif ou nul
          capaciteApprentissage=douze                     | capaciteApprentissage | La capacité en apprentissage future doit être un entier positif ou nul
          capaciteScolaireActuelle=                       | capaciteScolaireActuelle | La capacité scolaire actuelle doit être un entier positif ou nul
          typeDemande=ouverture_nette                     | capacites          | Une ouverture part de capacités actuelles à 0
          typeDemande=ouverture_nette;capaciteScolaireActuelle=0 | -           | -
          typeDemande=fermeture;motifs=baisse_eleves      | capacites          | Une fermeture ramène toutes les capacités futures à 0
          typeDemande=fermeture;motifs=baisse_eleves;capaciteScolaire=0 | -    | -
          capaciteApprentissageActuelle=12                | capacites          | Une augmentation ne diminue la capacité d'aucune voie
          capaciteScolaire=24                             | capacites          | Une augmentation accroît la capacité totale
          typeDemande=diminution;motifs=baisse_eleves     | capacites          | Une diminution n'augmente la capacité d'aucune voie
          typeDemande=diminution;motifs=baisse_eleves;capaciteScolaire=24 | capacites | Une diminution réduit la capacité totale
          typeDemande=diminution;motifs=baisse_eleves;capaciteScolaire=12 | -  | -
          typeDemande=transfert;motifs=autre;autreMotif=Vers l'apprentissage | capacites | Un transfert fait passer des places de la voie scolaire à l'apprentissage : la capacité scolaire baisse, celle en apprentissage augmente
          typeDemande=transfert;motifs=autre;autreMotif=Vers l'apprentissage;capaciteScolaire=12;capaciteApprentissage=12 | - | -
          capaciteScolaireColoree=6                       | capacites          | Des places colorées supposent une coloration
          coloration=on;libelleColoration1=Vin;capaciteScolaireColoree=6 | -   | -
          coloration=on;capaciteScolaireColoree=6         | libelleColoration1 | Une coloration demande au moins un libellé de coloration
          coloration=on;libelleColoration1=Vin;capaciteScolaireColoree=40 | capacites | Les places colorées d'une voie ne dépassent pas sa capacité
          coloration=on;libelleColoration1=Vin            | capacites          | Une coloration compte au moins une place colorée
          fcil=true;libelleFCIL=X;coloration=on;libelleColoration1=Vin;capaciteScolaireColoree=6 | coloration | Une FCIL ne peut pas être colorée
          typeDemande=coloration;motifs=metiers_2030;libelleColoration1=Vin;capaciteScolaire=24;capaciteScolaireColoree=6 | - | -
          capaciteScolaireActuelle=0                      | capacites          | La capacité actuelle totale est nulle : ce n'est possible que pour une ouverture ou un ajustement
          typeDemande=diminution;motifs=baisse_eleves;capaciteScolaire=0 | capacites | La capacité future totale est nulle : ce n'est possible que pour une fermeture
          motifs=                                         | motifs             | Choisissez au moins un motif
          motifs=baisse_eleves                            | motifs             | Le motif « baisse_eleves » n'est pas proposé pour ce type de demande cette campagne
          motifs=autre                                    | autreMotif         | Précisez le motif choisi
          motifs=partenariat                              | autreMotif         | Précisez le motif choisi
          motifs=autre;autreMotif=Projet local            | -                  | -
          statut=refusee                                  | motifsRefus        | Un refus demande au moins un motif de refus
          statut=refusee;motifsRefus=bati                 | motifsRefus        | Le motif de refus « bati » n'est pas proposé cette campagne
          statut=refusee;motifsRefus=autre                | autreMotifRefus    | Précisez le motif de refus choisi
          statut=refusee;motifsRefus=autre;autreMotifRefus=Hors cadre | -      | -
          statut=supprimee                                | statut             | Le statut « supprimee » ne peut pas être enregistré par le formulaire
          amiCma=on;amiCmaValide=on;amiCmaValideAnnee=25  | amiCmaValideAnnee  | L'année de validation de l'AMI/CMA est une année de 4 chiffres, 2030 au plus
          amiCma=on;amiCmaValide=on;amiCmaValideAnnee=2031 | amiCmaValideAnnee | L'année de validation de l'AMI/CMA est une année de 4 chiffres, 2030 au plus
          amiCma=on;amiCmaValide=on;amiCmaValideAnnee=2030 | -                 | -
          travauxAmenagement=on;travauxAmenagementCout=-5 | travauxAmenagementCout | Le coût des travaux doit être un entier positif ou nul
          travauxAmenagement=on;travauxAmenagementCout=5000 | -                | -
          achatEquipement=on;achatEquipementCout=1.5      | achatEquipementCout | Le coût de l'équipement doit être un entier positif ou nul
          augmentationCapaciteAccueilHebergement=on;augmentationCapaciteAccueilHebergementPlaces=-1 | augmentationCapaciteAccueilHebergementPlaces | Le nombre de places d'hébergement doit être un entier positif ou nul
          augmentationCapaciteAccueilRestauration=on;augmentationCapaciteAccueilRestaurationPlaces=x | augmentationCapaciteAccueilRestaurationPlaces | Le nombre de places de restauration doit être un entier positif ou nul
          recrutementRH=on                                | nbRecrutementRH    | Le nombre de recrutements est obligatoire
          formationRH=on;nbFormationRH=-2                 | nbFormationRH      | Le nombre de formations doit être un entier positif ou nul
          recrutementRH=on;nbRecrutementRH=2              | -                  | -
          typeDemande=fermeture;motifs=baisse_eleves;capaciteScolaire=0;travauxAmenagement=on;travauxAmenagementCout=-5;amiCma=on;amiCmaValide=on;amiCmaValideAnnee=x | - | -
          """)
  void eachRuleRefusesAFormOrLetsItPass(String changements, String champ, String message) {
    ValidationDemande.Resultat resultat = validate(changements);
    if (champ == null) {
      assertThat(resultat.erreurs()).isEmpty();
      assertThat(resultat.contenu()).isNotNull();
    } else {
      assertThat(resultat.erreurs()).containsExactly(new ErreurChamp(champ, message));
      assertThat(resultat.contenu()).isNull();
    }
  }

  @Test
  void aValidFormBecomesATypedDemande() {
    ContenuDemande contenu =
        validate(
                "motifs=autre,besoins_economiques_locaux;autreMotif= Projet local ;"
                    + "partenairesEconomiquesImpliques=on;partenaireEconomique1=Airbus;"
                    + "recrutementRH=on;nbRecrutementRH=2;discipline1RecrutementRH=L1400;"
                    + "commentaire= ")
            .contenu();
    assertThat(contenu).isNotNull();
    assertThat(contenu.uai()).isEqualTo(new Uai("0690001A"));
    assertThat(contenu.cfd()).isEqualTo(new Cfd("40022105"));
    assertThat(contenu.rentreeScolaire()).isEqualTo(new RentreeScolaire(2026));
    assertThat(contenu.type()).isEqualTo(TypeDemande.AUGMENTATION_NETTE);
    assertThat(contenu.capacites()).isEqualTo(new Capacites(24, 36, 0, 0, 0, 0, 0, 0));
    assertThat(contenu.motifs()).containsExactly("autre", "besoins_economiques_locaux");
    assertThat(contenu.autreMotif()).isEqualTo("Projet local");
    assertThat(contenu.partenairesEconomiques()).containsExactly("Airbus");
    assertThat(contenu.recrutement()).isEqualTo(new ContenuDemande.BesoinRH(2, List.of("L1400")));
    assertThat(contenu.commentaire()).isNull();
    assertThat(contenu.motifsRefus()).isEmpty();
  }

  @Test
  void theSectionsAClosureDoesNotHaveAreEmptied() {
    ContenuDemande contenu =
        validate(
                "typeDemande=fermeture;motifs=baisse_eleves;capaciteScolaire=0;"
                    + "travauxAmenagement=on;travauxAmenagementCout=500;achatEquipement=on;"
                    + "augmentationCapaciteAccueilHebergement=on;"
                    + "augmentationCapaciteAccueilRestauration=on;amiCma=on")
            .contenu();
    assertThat(contenu).isNotNull();
    assertThat(contenu.travauxAmenagement()).isNull();
    assertThat(contenu.achatEquipement()).isNull();
    assertThat(contenu.hebergement()).isNull();
    assertThat(contenu.restauration()).isNull();
    assertThat(contenu.amiCma()).isNull();
  }

  @Test
  void everyErrorIsReportedAtOnce() {
    assertThat(validate("uai=;cfd=;motifs=").erreurs())
        .extracting(ErreurChamp::champ)
        .containsExactly("uai", "cfd", "motifs");
  }

  private static ValidationDemande.Resultat validate(String changements) {
    Map<String, String> champs = new HashMap<>(VALIDE);
    for (String changement : changements.split(";")) {
      if (!changement.isBlank()) {
        String[] cleValeur = changement.split("=", 2);
        champs.put(cleValeur[0].trim(), cleValeur[1]);
      }
    }
    ContexteValidation contexte =
        new ContexteValidation(
            new AnneeCampagne(2025),
            EnumSet.complementOf(
                EnumSet.of(
                    TypeDemande.OUVERTURE_COMPENSATION, TypeDemande.AUGMENTATION_COMPENSATION)),
            Map.of(
                CategorieMotif.OUVERTURE,
                    Set.of("besoins_economiques_locaux", "partenariat", "autre"),
                CategorieMotif.FERMETURE, Set.of("baisse_eleves", "autre"),
                CategorieMotif.TRANSFERT, Set.of("autre"),
                CategorieMotif.COLORATION, Set.of("metiers_2030", "autre"),
                CategorieMotif.AJUSTEMENT, Set.of("ajustement_rentree"),
                CategorieMotif.REFUS, Set.of("financement", "autre")),
            Set.of("autre", "partenariat"),
            "true".equals(champs.remove("fcil")),
            Role.of(champs.getOrDefault("auteur", "pilote_region")));
    champs.remove("auteur");
    return ValidationDemande.validate(saisie(champs), contexte);
  }

  /** The form with these fields filled in, the others left empty. */
  private static SaisieDemande saisie(Map<String, String> champs) {
    RecordComponent[] composants = SaisieDemande.class.getRecordComponents();
    Object[] valeurs = new Object[composants.length];
    Class<?>[] types = new Class<?>[composants.length];
    for (int i = 0; i < composants.length; i++) {
      types[i] = composants[i].getType();
      String valeur = champs.remove(composants[i].getName());
      valeurs[i] =
          types[i] == List.class
              ? (valeur == null || valeur.isBlank() ? List.of() : Arrays.asList(valeur.split(",")))
              : valeur;
    }
    assertThat(champs).as("champs inconnus du formulaire").isEmpty();
    try {
      return SaisieDemande.class.getDeclaredConstructor(types).newInstance(valeurs);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
