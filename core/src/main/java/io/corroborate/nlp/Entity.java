package io.corroborate.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One person, organisation, place or other named thing as an article refers to it: every mention
 * the article makes of it, resolved within the article ("Park" after "Park Dong Hyun" is him,
 * unless the article introduced another Park).
 *
 * @param index position of the entity in its article's list, from 0
 * @param type the entity type
 * @param name the fullest name the article gives it
 * @param descriptor what the article says it is where it introduces it by an appositive ("a
 *     41-year-old former Estermont border guard"), or null
 * @param mentions its mentions in text order, at least one
 */
public record Entity(
    int index, EntityType type, String name, String descriptor, List<EntityMention> mentions) {

  /** Validates the fields and freezes the mentions. */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity needs at least one mention: name=" + name);
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: index=" + index);
    }
  }

  /** The index of the sentence of its first mention. */
  public int firstSentence() {
    return mentions.get(0).sentence();
  }
}
