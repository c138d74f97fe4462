/**
 * The web UI and the HTTP API: {@link io.corroborate.web.WebServer} serves pages and JSON over a
 * {@link io.corroborate.web.DossierSource}; the view records turn a story's dossier into what the
 * templates (in {@code src/main/jte}, precompiled) write.
 */
package io.corroborate.web;
