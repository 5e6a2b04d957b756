/**
 * The jOOQ classes generated at build time from the Flyway migrations. Open to every module: each
 * uses the classes of the tables it owns (the module map in ARCHITECTURE.md says which).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.education.orion.schema;

import org.springframework.modulith.ApplicationModule;
