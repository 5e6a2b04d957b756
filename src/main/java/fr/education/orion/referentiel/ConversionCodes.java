package fr.education.orion.referentiel;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the codes of path variables, request parameters and {@code @ParametresDeRequete} records
 * into their types, through the factory for user input: a malformed code answers 400 with the
 * type's French detail, as if the handler had checked it.
 */
@Configuration(proxyBeanMethods = false)
class ConversionCodes implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, Cfd.class, Cfd::of);
    registry.addConverter(String.class, Uai.class, Uai::of);
    registry.addConverter(String.class, CodeRegion.class, CodeRegion::of);
    registry.addConverter(String.class, CodeAcademie.class, CodeAcademie::of);
    registry.addConverter(String.class, CodeDepartement.class, CodeDepartement::of);
    registry.addConverter(String.class, Mefstat11.class, Mefstat11::of);
    registry.addConverter(String.class, NiveauDiplome.class, NiveauDiplome::of);
  }
}
