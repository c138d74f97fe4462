/**
 * The stage interfaces inside the phases, below their implementations: copy detection and story
 * clustering (phase 2), figure and quote stages and what they see of a story (phase 3), and
 * progress reports. The phase interfaces themselves ({@code ArticleAnalyzer}, {@code
 * StorySynthesizer}) and the records they exchange are in the model module.
 */
package io.corroborate.phases;
