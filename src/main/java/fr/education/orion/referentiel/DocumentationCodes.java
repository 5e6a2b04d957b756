package fr.education.orion.referentiel;

import io.swagger.v3.oas.models.media.StringSchema;
import java.util.regex.Pattern;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;

/**
 * Shows the codes in the API documentation as what a request writes: a string of the shape the type
 * accepts, with an example, where springdoc would otherwise describe a record with a {@code code}
 * property.
 */
@Component
class DocumentationCodes {

  DocumentationCodes() {
    decrire(Cfd.class, Cfd.FORME, "40022105");
    decrire(Uai.class, Uai.FORME, "0350031U");
    decrire(CodeRegion.class, CodeRegion.FORME, "53");
    decrire(CodeAcademie.class, CodeAcademie.FORME, "14");
    decrire(CodeDepartement.class, CodeDepartement.SAISIE, "035");
    decrire(Mefstat11.class, Mefstat11.FORME, "25110033404");
    decrire(NiveauDiplome.class, NiveauDiplome.FORME, "400");
  }

  private static void decrire(Class<?> type, Pattern forme, String exemple) {
    StringSchema schema = new StringSchema();
    schema.pattern(forme.pattern());
    schema.example(exemple);
    SpringDocUtils.getConfig().replaceWithSchema(type, schema);
  }
}
