package io.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The named entities of one article, each with all its mentions, resolved within the article.
 * Immutable and thread-safe.
 *
 * @param entities in order of first mention
 */
public record ArticleEntities(List<Entity> entities) {

  /** No entities. */
  public static final ArticleEntities NONE = new ArticleEntities(List.of());

  /** Freezes the list. */
  public ArticleEntities {
    entities = List.copyOf(entities);
  }

  /** The entities of one type, in order of first mention. */
  public List<Entity> of(EntityType type) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == type) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The entity with a mention covering the body offset (a speaker's "Park" resolves to the entity
   * the article means), or null.
   */
  public Entity at(int bodyOffset) {
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.start() <= bodyOffset && bodyOffset < m.end()) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The entity a name written in the article stands for: the one with a mention of exactly that
   * text, else the one whose name it is; null when none.
   */
  public Entity named(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip();
    for (Entity e : entities) {
      if (e.name().equals(n)) {
        return e;
      }
    }
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.text().equals(n)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Number of mentions over all entities. */
  public int mentionCount() {
    int n = 0;
    for (Entity e : entities) {
      n += e.mentions().size();
    }
    return n;
  }
}
