/** Help content: the home page, the glossary and the accessibility statement. */
@NullMarked
package fr.education.orion.glossaire;

import org.jspecify.annotations.NullMarked;
