/**
 * Phase 3, story synthesis: {@link io.corroborate.synthesis.NewsStorySynthesizer} makes one story's
 * dossier section from its analyses and copy links, reconciling figures and grouping quotes once.
 */
package io.corroborate.synthesis;
