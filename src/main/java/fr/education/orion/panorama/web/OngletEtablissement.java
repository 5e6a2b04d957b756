package fr.education.orion.panorama.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The tabs of an établissement's panorama, each a DSFR tab panel whose id is {@link #code()}. The
 * page opens on the formations; a form of another tab sends its code ({@code onglet}) so that the
 * page it asks for opens on the same tab, with or without JavaScript.
 */
public enum OngletEtablissement {
  FORMATIONS("formations", "Formations"),
  ATTRACTIVITE("attractivite", "Attractivité"),
  INDICATEURS("indicateurs", "Insertion des sortants"),
  PROCHES("proches", "Établissements proches"),
  SOURCES("sources", "Identité et sources");

  private final String code;
  private final String libelle;

  OngletEtablissement(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  /** The tab of this code; the formations for none or an unknown one (an old or edited link). */
  static OngletEtablissement of(@Nullable String code) {
    return Arrays.stream(values())
        .filter(onglet -> onglet.code.equals(code))
        .findFirst()
        .orElse(FORMATIONS);
  }
}
