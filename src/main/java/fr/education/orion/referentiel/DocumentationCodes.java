package fr.education.orion.referentiel;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/**
 * Shows the codes in the API documentation as what a request writes: a string of the shape the type
 * accepts, with an example. Springdoc would describe a code in a JSON body as a record with a
 * {@code code} property, and a code in a path or a parameter, which Spring converts from a string,
 * as a bare string.
 */
@Component
class DocumentationCodes implements ParameterCustomizer {

  private static final Map<Class<?>, Schema<String>> SCHEMAS =
      Stream.of(
              Cfd.FORME,
              Uai.FORME,
              CodeRegion.FORME,
              CodeAcademie.FORME,
              CodeDepartement.FORME,
              Mefstat11.FORME,
              NiveauDiplome.FORME)
          .collect(Collectors.toMap(FormeDeCode::type, DocumentationCodes::schema));

  DocumentationCodes() {
    SCHEMAS.forEach((type, schema) -> SpringDocUtils.getConfig().replaceWithSchema(type, schema));
    // A code in a @ParameterObject record is one parameter, not a record with a code property.
    SpringDocUtils.getConfig()
        .addSimpleTypesForParameterObject(SCHEMAS.keySet().toArray(Class<?>[]::new));
  }

  @Override
  public @Nullable Parameter customize(
      @Nullable Parameter parameterModel, MethodParameter methodParameter) {
    Schema<String> schema = SCHEMAS.get(methodParameter.getParameterType());
    if (parameterModel != null && schema != null) {
      parameterModel.setSchema(schema);
    }
    return parameterModel;
  }

  private static Schema<String> schema(FormeDeCode<?> forme) {
    StringSchema schema = new StringSchema();
    schema.pattern(forme.forme().pattern());
    schema.example(forme.exemple());
    return schema;
  }
}
