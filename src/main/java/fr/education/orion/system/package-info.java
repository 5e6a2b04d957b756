/** Technical wiring only: the database, web errors and configuration. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.education.orion.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
