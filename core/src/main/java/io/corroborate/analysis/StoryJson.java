package io.corroborate.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a synthesised {@link Story} and the linking state ({@link StoryIds.State}) as one line of
 * JSON each and reads them back equal: the forms a store keeps beside the analyses. Same rules as
 * {@link AnalysisJson} (fields by name, unknown fields refused). Thread-safe.
 */
public final class StoryJson {

  private StoryJson() {}

  /** The story as one line of JSON. */
  public static String write(Story story) {
    try {
      return AnalysisJson.MAPPER.writeValueAsString(story);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write story " + story.id(), e);
    }
  }

  /**
   * The story a line of {@link #write(Story)} holds.
   *
   * @throws IOException naming the problem when the text is no story
   */
  public static Story readStory(String json) throws IOException {
    try {
      JsonNode tree = AnalysisJson.MAPPER.readTree(json);
      if (tree == null || !tree.isObject() || !tree.path("id").isTextual()) {
        throw new IOException("not a story: no id");
      }
      return AnalysisJson.MAPPER.treeToValue(tree, Story.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException("not a valid story: " + e.getMessage(), e);
    }
  }

  /** The linking state as one line of JSON. */
  public static String write(StoryIds.State state) {
    try {
      return AnalysisJson.MAPPER.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write the story ids", e);
    }
  }

  /**
   * The linking state a line of {@link #write(StoryIds.State)} holds.
   *
   * @throws IOException naming the problem when the text is no state
   */
  public static StoryIds.State readState(String json) throws IOException {
    try {
      return AnalysisJson.MAPPER.readValue(json, StoryIds.State.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException("not a valid story-id state: " + e.getMessage(), e);
    }
  }
}
