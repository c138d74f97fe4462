/**
 * Cleaning: main-text extraction from web pages and boilerplate removal from plain text by block
 * classification, returning the body with a map back to the text as read, the removed blocks with
 * their kind, credit lines kept for provenance, and the metadata the input gives.
 */
package io.corroborate.clean;
