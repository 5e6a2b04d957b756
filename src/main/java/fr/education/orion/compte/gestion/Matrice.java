package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.FONCTION;
import static fr.education.orion.schema.Tables.PERMISSION;
import static fr.education.orion.schema.Tables.ROLE;
import static fr.education.orion.schema.Tables.ROLE_GERE;
import static fr.education.orion.schema.Tables.ROLE_PERMISSION;

import fr.education.orion.compte.Droits;
import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Permission;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The roles, their permissions with a scope, the roles each may manage and the fonctions, read once
 * from the database where migration V12 wrote the matrix of roles and permissions. A code in the
 * tables that the enums do not know stops start-up: the data and the code must agree.
 */
@Component
public class Matrice {

  /** A role as the roles page describes it. */
  public record RoleDecrit(
      Role role, String libelle, String titulaire, String description, Portee perimetre) {}

  /** A permission and its French label. */
  public record PermissionDecrite(Permission permission, String libelle) {}

  private final List<RoleDecrit> roles;
  private final List<PermissionDecrite> permissions;
  private final Map<Role, Map<Permission, Portee>> portees;
  private final Map<Role, Set<Role>> rolesGeres;
  private final List<String> fonctions;

  Matrice(DSLContext dsl) {
    roles =
        dsl.selectFrom(ROLE)
            .orderBy(ROLE.ORDRE)
            .fetch(
                r ->
                    new RoleDecrit(
                        Role.of(r.getCode()),
                        r.getLibelle(),
                        r.getTitulaire(),
                        r.getDescription(),
                        Portee.of(r.getPerimetre())));
    permissions =
        dsl.selectFrom(PERMISSION)
            .orderBy(PERMISSION.ORDRE)
            .fetch(r -> new PermissionDecrite(Permission.of(r.getCode()), r.getLibelle()));
    Map<Role, Map<Permission, Portee>> grants = new EnumMap<>(Role.class);
    Map<Role, Set<Role>> managed = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      grants.put(role, new EnumMap<>(Permission.class));
      managed.put(role, EnumSet.noneOf(Role.class));
    }
    dsl.selectFrom(ROLE_PERMISSION)
        .forEach(
            r ->
                grants
                    .get(Role.of(r.getRole()))
                    .put(Permission.of(r.getPermission()), Portee.of(r.getPortee())));
    dsl.selectFrom(ROLE_GERE)
        .forEach(r -> managed.get(Role.of(r.getRole())).add(Role.of(r.getRoleGere())));
    grants.replaceAll((role, map) -> Collections.unmodifiableMap(map));
    managed.replaceAll((role, set) -> Collections.unmodifiableSet(set));
    portees = Collections.unmodifiableMap(grants);
    rolesGeres = Collections.unmodifiableMap(managed);
    fonctions =
        dsl.select(FONCTION.LIBELLE).from(FONCTION).orderBy(FONCTION.ORDRE).fetch(FONCTION.LIBELLE);
  }

  public List<RoleDecrit> roles() {
    return roles;
  }

  public RoleDecrit role(Role role) {
    return roles.stream().filter(decrit -> decrit.role() == role).findFirst().orElseThrow();
  }

  public List<PermissionDecrite> permissions() {
    return permissions;
  }

  /** The scope with which {@code role} holds {@code permission}, empty when it does not. */
  public Optional<Portee> portee(Role role, Permission permission) {
    return Optional.ofNullable(portees.get(role).get(permission));
  }

  /** Every permission of a role with its scope. */
  public Map<Permission, Portee> permissions(Role role) {
    return portees.get(role);
  }

  /** The roles a user of {@code role} may give to the accounts it creates or edits. */
  public Set<Role> rolesGeres(Role role) {
    return rolesGeres.get(role);
  }

  public List<String> fonctions() {
    return fonctions;
  }

  /** What a user may do, for the checks of {@link Droits}. */
  public Droits droits(Utilisateur utilisateur) {
    return new Droits(
        utilisateur.role(),
        utilisateur.codeRegion(),
        Set.copyOf(utilisateur.uais()),
        permissions(utilisateur.role()));
  }
}
