/**
 * Renders the dossier and per-article records: JSON in the contract's field names, Markdown, and a
 * self-contained HTML report in which every piece of article text is escaped.
 */
package io.corroborate.report;
