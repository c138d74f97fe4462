package io.corroborate.store;

import io.corroborate.model.ArticleProfile;
import io.corroborate.stories.NewsStoryClusterer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The labels (title, date) of the stories and events of the previous run, kept so that a run reads
 * the profiles only of stories and events whose members changed. A label is a pure function of its
 * members' profiles in order ({@link NewsStoryClusterer#label}), and each profile of the stored
 * analysis named by its key (id, revision, analysis version, text hash): a label is filed under the
 * digest of those keys. What a run asks for is what it saves, so labels of stories that are gone
 * are dropped. Not thread-safe.
 */
final class DraftLabels {

  private static final int MAGIC = 0x444c4231; // "DLB1"
  private static final int FORMAT = 1;

  private final Map<String, NewsStoryClusterer.Label> saved;
  private final Map<String, String> keyOf;
  private final Function<String, ArticleProfile> profileOf;
  private final Map<String, NewsStoryClusterer.Label> used = new LinkedHashMap<>();
  private int made;

  /**
   * Labels over those saved.
   *
   * @param saved labels of the previous run, by digest
   * @param keyOf each current article's analysis key, by article id
   * @param profileOf reads an article's profile (only for labels not saved)
   */
  DraftLabels(
      Map<String, NewsStoryClusterer.Label> saved,
      Map<String, String> keyOf,
      Function<String, ArticleProfile> profileOf) {
    this.saved = saved;
    this.keyOf = keyOf;
    this.profileOf = profileOf;
  }

  /** The label of these members, in this order. */
  NewsStoryClusterer.Label of(List<String> ids) {
    String digest = digest(ids);
    NewsStoryClusterer.Label l = used.get(digest);
    if (l == null) {
      l = saved.get(digest);
      if (l == null) {
        l = NewsStoryClusterer.label(ids.stream().map(profileOf).toList());
        made++;
      }
      used.put(digest, l);
    }
    return l;
  }

  /** How many labels were made from profiles rather than kept. */
  int made() {
    return made;
  }

  private String digest(List<String> ids) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String id : ids) {
        String key = keyOf.get(id);
        if (key == null) {
          throw new IllegalArgumentException("no current article " + id);
        }
        md.update(key.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** Writes the labels this run asked for. */
  void save(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeInt(used.size());
    for (Map.Entry<String, NewsStoryClusterer.Label> e : used.entrySet()) {
      d.writeUTF(e.getKey());
      String title = e.getValue().title();
      d.writeBoolean(title != null);
      if (title != null) {
        byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
        d.writeInt(bytes.length);
        d.write(bytes);
      }
      LocalDate date = e.getValue().date();
      d.writeBoolean(date != null);
      if (date != null) {
        d.writeLong(date.toEpochDay());
      }
    }
    d.flush();
  }

  /**
   * Reads labels {@link #save} wrote.
   *
   * @throws IOException when they cannot be read or are of another format
   */
  static Map<String, NewsStoryClusterer.Label> read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != MAGIC || d.readInt() != FORMAT) {
      throw new IOException("not saved draft labels of this format");
    }
    int n = d.readInt();
    if (n < 0) {
      throw new IOException("a negative count of draft labels");
    }
    Map<String, NewsStoryClusterer.Label> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String digest = d.readUTF();
      String title = null;
      if (d.readBoolean()) {
        int length = d.readInt();
        if (length < 0 || length > (64 << 20)) {
          throw new IOException("a draft label of " + length + " bytes");
        }
        title = new String(d.readNBytes(length), StandardCharsets.UTF_8);
      }
      LocalDate date = d.readBoolean() ? LocalDate.ofEpochDay(d.readLong()) : null;
      out.put(digest, new NewsStoryClusterer.Label(title, date));
    }
    return out;
  }
}
