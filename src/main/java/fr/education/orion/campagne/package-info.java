/**
 * National and regional campaigns: which year is open for demandes, where, for whom, and what each
 * year offers (types of demande, motifs).
 */
@NullMarked
package fr.education.orion.campagne;

import org.jspecify.annotations.NullMarked;
