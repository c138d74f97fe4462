package io.corroborate.stories;

/** Inverse document frequencies by feature id. */
interface Idf {

  /** The inverse document frequency of a feature, at least 0. */
  float idf(int id);
}
