/**
 * The living dossier: a store that keeps every article with its raw text and analysis, the linking
 * state and the synthesised stories, updates only what new articles touch, and answers from disk.
 */
package io.corroborate.store;
