package io.corroborate.phases;

import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import java.util.List;

/** Finds who copied whom among analysed articles (part of phase 2): one {@link CopyLink} each. */
@FunctionalInterface
public interface CopyDetector {

  /**
   * The copy links of the articles, one per article, or an empty list when detection did not run.
   */
  List<CopyLink> detect(List<ArticleAnalysis> analyses);

  /** No copy detection: the dossier says it has not run. */
  CopyDetector NONE = analyses -> List.of();
}
