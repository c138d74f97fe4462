/**
 * The records that pipeline stages exchange: {@link io.corroborate.model.Article}, {@link
 * io.corroborate.model.Span}, copy links, stories, events, figures, quotes and the {@link
 * io.corroborate.model.Dossier}. This package depends on nothing but the JDK; every offset it
 * carries indexes an article's text as read.
 */
package io.corroborate.model;
