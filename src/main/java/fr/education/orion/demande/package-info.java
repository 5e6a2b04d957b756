/**
 * The demandes of transformation: one change (opening, closure, increase, decrease, transfer,
 * coloration, ajustement) of one formation of one établissement for one rentrée, its versions, its
 * statuses from proposal to decision, and the avis given on it.
 */
@NullMarked
package fr.education.orion.demande;

import org.jspecify.annotations.NullMarked;
