/**
 * The administrators' import page ({@code /admin/imports}: the runs, the upload, the report of a
 * run, its errors as CSV, the confirmation of a stopped run), its view model, the JSON route {@code
 * /api/imports}, and the filter that answers an upload over the size limit before it is read.
 */
@NullMarked
package fr.education.orion.ingestion.web;

import org.jspecify.annotations.NullMarked;
