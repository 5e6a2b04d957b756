package fr.education.orion.indicateur;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says in the API documentation the unit of every indicator of every JSON body ({@link
 * Unite#duChamp}): the JSON keeps the computed values unrounded, a reader must know that {@code
 * 0.09} is +9 points and {@code 1.07} vœux per place.
 */
@Component
class UnitesOpenApi implements OpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
      Map<String, Schema> proprietes = schema.getProperties();
      if (proprietes == null) {
        continue;
      }
      proprietes.forEach(
          (nom, propriete) -> {
            if ("number".equals(propriete.getType())
                || (propriete.getTypes() != null && propriete.getTypes().contains("number"))) {
              Unite.duChamp(nom)
                  .ifPresent(
                      unite ->
                          propriete.setDescription(
                              propriete.getDescription() == null
                                  ? unite.json()
                                  : propriete.getDescription() + " " + unite.json()));
            }
          });
    }
  }
}
