package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.CompteConnecte;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.Matrice;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user at every request, after Spring Security has read the session: a user
 * disabled or deleted since the login is signed out at once, and a role changed since applies at
 * once. Records when the user was last seen (at most every few minutes, to spare writes), which the
 * anonymisation of inactive accounts reads, and, once per session, a summary of the browser that
 * opened it ({@link Navigateur}), which « Mon compte » lists: the first request after a login, the
 * same for a password and a single sign-on login.
 */
@Component
@ConditionalOnWebApplication
public class ConnexionCourante extends OncePerRequestFilter {

  private static final Duration VU_TOUTES_LES = Duration.ofMinutes(5);

  private final Comptes comptes;
  private final Matrice matrice;
  private final DSLContext dsl;

  ConnexionCourante(Comptes comptes, Matrice matrice, DSLContext dsl) {
    this.comptes = comptes;
    this.matrice = matrice;
    this.dsl = dsl;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      Optional<Utilisateur> utilisateur = load(authentication.getName());
      if (utilisateur.isPresent() && utilisateur.get().actif()) {
        Utilisateur u = utilisateur.get();
        request.setAttribute(
            CompteConnecte.ATTRIBUT,
            new CompteConnecte(u, matrice.droits(u), matrice.role(u.role()).libelle()));
        noterVu(u.id());
        noterNavigateur(request);
      } else {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static void noterNavigateur(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(Navigateur.ATTRIBUT) == null) {
      session.setAttribute(Navigateur.ATTRIBUT, Navigateur.resume(request.getHeader("User-Agent")));
    }
  }

  private Optional<Utilisateur> load(String nomPrincipal) {
    try {
      return comptes.parId(Long.parseLong(nomPrincipal));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void noterVu(long id) {
    OffsetDateTime maintenant = OffsetDateTime.now();
    dsl.update(UTILISATEUR)
        .set(UTILISATEUR.VU_LE, maintenant)
        .where(UTILISATEUR.ID.eq(id))
        .and(UTILISATEUR.VU_LE.isNull().or(UTILISATEUR.VU_LE.lt(maintenant.minus(VU_TOUTES_LES))))
        .execute();
  }
}
