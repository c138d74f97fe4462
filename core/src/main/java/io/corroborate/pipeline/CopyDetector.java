package io.corroborate.pipeline;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.nlp.AnalysisCache;
import java.util.List;

/** Finds who copied whom in a corpus: one {@link CopyLink} per article. */
@FunctionalInterface
public interface CopyDetector {

  /**
   * The copy links of the articles, one per article, or an empty list when detection did not run.
   */
  List<CopyLink> detect(List<Article> articles, AnalysisCache cache);

  /** No copy detection: the dossier says it has not run. */
  CopyDetector NONE = (articles, cache) -> List.of();
}
