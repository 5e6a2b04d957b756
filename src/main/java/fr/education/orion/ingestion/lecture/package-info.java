/**
 * Reading the bytes of a source file into lines: unpacking a {@code .gz}, the size and compression
 * limits ({@code orion.import}), the encoding, the {@code ;}-separated records. What the lines mean
 * is checked afterwards, against the type of the file, by the import.
 */
@NullMarked
package fr.education.orion.ingestion.lecture;

import org.jspecify.annotations.NullMarked;
