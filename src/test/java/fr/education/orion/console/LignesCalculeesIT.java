package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.system.Pagination;
import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A console's row carries every column of its query: read by name ({@link Lecture}), it writes the
 * same fields back as its JSON, in the query's order, and every column of the console is one of
 * them.
 */
@OrionIT
class LignesCalculeesIT {

  @Autowired LignesCalculees calculees;
  @Autowired ConsoleQueries queries;

  @Test
  void aRowsJsonHasTheColumnsOfItsQueryInOrder() {
    for (Console console : Console.values()) {
      List<String> colonnes = calculees.colonnes(console).stream().map(Field::getName).toList();
      Pagination<LigneConsole> page =
          queries.page(
              console,
              FiltresConsole.aucun().pourRentrees(List.of("2020")),
              Tri.of(console, null, null),
              0,
              1);

      LigneConsole ligne = page.items().get(0);
      assertThat(List.copyOf(ligne.json().keySet())).as(console.chemin()).isEqualTo(colonnes);
      assertThat(console.colonnes())
          .extracting(Colonne::champ)
          .as(console.chemin())
          .allMatch(colonnes::contains);
    }
  }
}
