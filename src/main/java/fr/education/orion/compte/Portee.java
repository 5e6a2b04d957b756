package fr.education.orion.compte;

import java.util.Arrays;

/**
 * How far a permission reaches for a user: everything, the user's région, the user's UAIs, or a
 * role-specific filter (invite).
 */
public enum Portee {
  NATIONAL("national"),
  REGION("region"),
  UAI("uai"),
  ROLE("role");

  private final String code;

  Portee(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Portee of(String code) {
    return Arrays.stream(values())
        .filter(portee -> portee.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Portée inconnue : " + code));
  }
}
