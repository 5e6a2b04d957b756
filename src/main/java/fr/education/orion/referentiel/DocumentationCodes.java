package fr.education.orion.referentiel;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import java.util.regex.Pattern;
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
      Map.of(
          Cfd.class, schema(Cfd.FORME, "40022105"),
          Uai.class, schema(Uai.FORME, "0350031U"),
          CodeRegion.class, schema(CodeRegion.FORME, "53"),
          CodeAcademie.class, schema(CodeAcademie.FORME, "14"),
          CodeDepartement.class, schema(CodeDepartement.SAISIE, "035"),
          Mefstat11.class, schema(Mefstat11.FORME, "25110033404"),
          NiveauDiplome.class, schema(NiveauDiplome.FORME, "400"));

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

  private static Schema<String> schema(Pattern forme, String exemple) {
    StringSchema schema = new StringSchema();
    schema.pattern(forme.pattern());
    schema.example(exemple);
    return schema;
  }
}
