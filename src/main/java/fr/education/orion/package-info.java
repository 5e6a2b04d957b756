@NullMarked
package fr.education.orion;

import org.jspecify.annotations.NullMarked;
