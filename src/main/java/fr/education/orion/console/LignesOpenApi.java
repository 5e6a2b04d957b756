package fr.education.orion.console;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Describes in the API documentation the rows of the consoles' JSON pages: a row is written as a
 * flat object ({@link LigneConsole#json()}), which springdoc cannot see through, so its schema is
 * built here from the columns of the console's query, in their order, and placed just before the
 * page that lists such rows. Runs before the other customizers, which add the units of the rates
 * ({@code indicateur.UnitesOpenApi}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LignesOpenApi implements OpenApiCustomizer {

  private static final String PAGINATION = "Pagination";

  private final LignesCalculees calculees;

  LignesOpenApi(LignesCalculees calculees) {
    this.calculees = calculees;
  }

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (Map.Entry<String, Schema> schema : openApi.getComponents().getSchemas().entrySet()) {
      for (Console console : Console.values()) {
        String nom = nom(console);
        if (schema.getKey().equals(PAGINATION + nom)) {
          schemas.put(nom, ligne(console));
          Schema<?> items = (Schema<?>) schema.getValue().getProperties().get("items");
          items.setItems(new Schema<>().$ref("#/components/schemas/" + nom));
        }
      }
      schemas.put(schema.getKey(), schema.getValue());
    }
    openApi.getComponents().setSchemas(schemas);
  }

  private static String nom(Console console) {
    return switch (console) {
      case FORMATIONS -> LigneFormation.class.getSimpleName();
      case ETABLISSEMENTS -> LigneEtablissement.class.getSimpleName();
    };
  }

  private Schema<?> ligne(Console console) {
    Schema<?> ligne = new Schema<>().types(Set.of("object"));
    for (Field<?> colonne : calculees.colonnes(console)) {
      ligne.addProperty(colonne.getName(), propriete(colonne.getType()));
    }
    return ligne;
  }

  private static Schema<?> propriete(Class<?> type) {
    if (type == String.class) {
      return new Schema<>().types(Set.of("string"));
    }
    if (type == Integer.class) {
      return new Schema<>().types(Set.of("integer")).format("int32");
    }
    if (type == BigDecimal.class) {
      return new Schema<>().types(Set.of("number"));
    }
    if (type == Boolean.class) {
      return new Schema<>().types(Set.of("boolean"));
    }
    throw new IllegalArgumentException("Type de colonne sans schéma : " + type);
  }
}
