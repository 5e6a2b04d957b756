package fr.education.orion;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  @Test
  void modulesOnlyUseEachOthersPublicTypes() {
    ApplicationModules.of(OrionApplication.class).verify();
  }
}
