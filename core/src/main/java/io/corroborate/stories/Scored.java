package io.corroborate.stories;

import java.time.LocalDate;

/** Something the pair model can score: an article, or an event's centroid. */
interface Scored {

  /** The raw weights of a channel. */
  SparseVector channel(int c);

  /** The TF-IDF norm of a channel under the given frequencies. */
  float norm(int c, Idf idf);

  /** The unit embedding, or an empty array. */
  float[] embedding();

  /** The date it speaks from, or null. */
  LocalDate date();
}
