/**
 * Technical wiring only: the database, web errors and configuration, and the route rules every web
 * module declares next to its handlers ({@link fr.education.orion.system.Public}, {@link
 * fr.education.orion.system.Connecte}, {@link fr.education.orion.system.Autorise}, {@link
 * fr.education.orion.system.Administrateur} and the {@link fr.education.orion.system.Permission}
 * they name). Module compte enforces them, knowing who is signed in.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.education.orion.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
