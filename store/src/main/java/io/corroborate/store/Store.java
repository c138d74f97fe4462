package io.corroborate.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the living dossier is kept: every revision of every article with its analysis, the stories
 * with the fingerprint of their inputs, aliases of retired story ids, and named state (the story
 * ids' saved state). Readers see a consistent snapshot; one writer at a time, each batch in one
 * transaction that either happens whole or not at all. Open one with {@link Stores#open}.
 */
public interface Store extends AutoCloseable {

  /** What names this store in messages (a path or a server and database, never a password). */
  String name();

  /** The newest stored revision of an article, or empty when it is not stored. */
  Optional<Revision> current(String articleId);

  /** Every current revision's analysis, in the order the articles were first ingested. */
  void forEachCurrent(Consumer<StoredAnalysis> each);

  /**
   * Every current revision as {@link #forEachCurrent} gives it but without reading its analysis
   * ({@link StoredAnalysis#analysisJson()} is null): what linking checks its saved state against.
   */
  void forEachCurrentKey(Consumer<StoredAnalysis> each);

  /** Current revisions whose analysis version is below {@code version}, in ingestion order. */
  List<StoredAnalysis> currentOlderThan(int version);

  /** The analysis of one revision (earlier revisions stay readable), or empty. */
  Optional<String> analysis(String articleId, int revision);

  /** How many current articles the store holds. */
  long articleCount();

  /** Every stored story, in dossier order. */
  List<StoredStory> stories();

  /** The fingerprint of every stored story, by its id, in dossier order (no story is read). */
  Map<String, String> storyFingerprints();

  /**
   * Each live story's retired ids (oldest first), by the story's id; a story without any is absent.
   */
  Map<String, List<String>> storyAliases();

  /** One stored story by its live id, or empty. */
  Optional<StoredStory> story(String id);

  /**
   * Stories newest update first: those with a date on or after {@code since} (ISO date, or null for
   * all) that hold an article matching {@code query} (plain words, or null for all), at most {@code
   * limit} (0 for all).
   */
  List<StoryRow> listStories(String since, String query, int limit);

  /** The live story id that answers for {@code id} (itself, or the story an alias points to). */
  Optional<String> resolve(String id);

  /** Articles whose title or body holds every word of {@code text}, best first, at most limit. */
  List<SearchHit> search(String text, int limit);

  /** A named state value, or empty. */
  Optional<String> state(String name);

  /**
   * Every record of linking state {@code kind} (kept by {@link Batch#putRecords}), in position
   * order, given with its position.
   */
  void forEachRecord(String kind, java.util.function.ObjIntConsumer<byte[]> each);

  /** The ingestion sequence number of the last stored revision (0 when empty). */
  long lastSequence();

  /**
   * A number that changes whenever a writer other than this instance (in this process or another)
   * has committed to the store since the previous call; equal answers mean nothing changed. Cheap
   * (no table is read), so that a long-lived reader such as {@code serve} can ask often and reload
   * only when the store moved on.
   */
  long changeStamp();

  /**
   * Runs {@code work} in one transaction: all of its writes happen, or none (it is rethrown; a
   * {@link StoreException} then says that nothing of the batch was kept).
   */
  void write(Consumer<Batch> work);

  /** The writes of one transaction. */
  interface Batch {

    /** Stores a revision as the article's current one; answers its ingestion sequence number. */
    long addRevision(NewRevision revision);

    /** Replaces the analysis of a stored revision (reanalysis keeps the revision and its id). */
    void replaceAnalysis(String articleId, int revision, int analysisVersion, String json);

    /**
     * Makes {@code stories} the store's stories: stories not listed are dropped; a listed story
     * whose fingerprint equals the stored one keeps its stored row, JSON and update stamp (only its
     * position moves; of its row only the id is read, and its JSON may be null). {@code membership}
     * maps every current article to its story.
     */
    void replaceStories(List<StoredStory> stories, Map<String, String> membership);

    /** Replaces the aliases: each retired story id with the live id that answers for it. */
    void replaceAliases(Map<String, String> aliases);

    /** Sets a named state value. */
    void putState(String name, String value);

    /**
     * Keeps records of linking state {@code kind}, each by its position, replacing those kept at
     * these positions.
     */
    void putRecords(String kind, Map<Integer, byte[]> records);

    /** Drops every record of linking state {@code kind}. */
    void dropRecords(String kind);
  }

  /** Releases the store (and the writer lock, when held). */
  @Override
  void close();
}
