package fr.education.orion.indicateur.chargement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.indicateur.chargement.InserJeunesCommand.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

class InserJeunesCommandTest {

  private static Options parse(String... args) {
    String[] withName = new String[args.length + 1];
    withName[0] = InserJeunesCommand.NAME;
    System.arraycopy(args, 0, withName, 1, args.length);
    return Options.parse(withName);
  }

  @Test
  void withoutScopeImportsTheRegionsAndTheEtablissementsOfThePerimeter() {
    Options options = parse("--millesime", "2021_2022");

    assertThat(options.regions()).isTrue();
    assertThat(options.etablissements()).isTrue();
    assertThat(options.uais()).isEmpty();
  }

  @Test
  void readsSeveralMillesimesAndUais() {
    Options options =
        parse(
            "--millesime",
            "2020_2021",
            "--uai",
            "0010001w",
            "0730032N",
            "--millesime",
            "2021_2022");

    assertThat(options.millesimes()).containsExactly("2020_2021", "2021_2022");
    assertThat(options.uais()).containsExactly("0010001W", "0730032N");
    assertThat(options.regions()).isFalse();
    assertThat(options.etablissements()).isFalse();
  }

  @Test
  void regionsAlone() {
    Options options = parse("--regions", "--millesime", "2021_2022");

    assertThat(options.regions()).isTrue();
    assertThat(options.etablissements()).isFalse();
    assertThat(options.uais()).isEqualTo(List.of());
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> parse("--regions"))
        .hasMessage("Précisez au moins un --millesime AAAA_AAAA.");
    assertThatThrownBy(() -> parse("--millesime", "2021"))
        .hasMessageContaining("--millesime attend un millésime AAAA_AAAA");
    assertThatThrownBy(() -> parse("--millesime", "2021_2022", "--uai"))
        .hasMessage("L'option --uai attend au moins un UAI.");
    assertThatThrownBy(() -> parse("--millesime", "2021_2022", "--uai", "123"))
        .hasMessageContaining("UAI « 123 » invalide");
    assertThatThrownBy(() -> parse("--millesime", "2021_2022", "--tout"))
        .hasMessage("Argument inconnu : --tout");
  }
}
