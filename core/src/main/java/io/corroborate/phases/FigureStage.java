package io.corroborate.phases;

import io.corroborate.model.FigureGroup;
import java.util.List;

/** Extracts the figures of a story's articles and reconciles them across the story. */
@FunctionalInterface
public interface FigureStage {

  /** The story's figure groups. */
  List<FigureGroup> reconcile(StoryContext story);

  /** No figures. */
  FigureStage NONE = story -> List.of();
}
