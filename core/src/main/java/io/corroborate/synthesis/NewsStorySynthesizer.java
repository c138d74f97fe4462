package io.corroborate.synthesis;

import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.model.StorySynthesizer;
import io.corroborate.phases.FigureStage;
import io.corroborate.phases.QuoteStage;
import io.corroborate.phases.StoryContext;
import io.corroborate.provenance.Independence;
import io.corroborate.reconcile.FigureReconciler;
import io.corroborate.reconcile.quotes.QuoteGroupStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The product's phase 3: a story's figures reconciled and quotes grouped from its articles'
 * analyses, its copy links in article order, and its title. A pure function of its inputs: the same
 * analyses and links give an equal story. Thread-safe if its stages are.
 */
public final class NewsStorySynthesizer implements StorySynthesizer {

  private final FigureStage figures;
  private final QuoteStage quotes;

  /** A synthesizer with the given stages. */
  public NewsStorySynthesizer(FigureStage figures, QuoteStage quotes) {
    this.figures = Objects.requireNonNull(figures, "figures");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /** The product's stages. */
  public static NewsStorySynthesizer defaults() {
    return new NewsStorySynthesizer(new FigureReconciler(), new QuoteGroupStage());
  }

  @Override
  public Story synthesize(StoryDraft draft, List<ArticleAnalysis> analyses, List<CopyLink> links) {
    Objects.requireNonNull(draft.id(), "the draft has no id yet");
    Map<String, CopyLink> linkOf =
        links.stream()
            .collect(Collectors.toMap(CopyLink::articleId, Function.identity(), (a, b) -> a));
    List<CopyLink> storyLinks = new ArrayList<>();
    for (String id : draft.articleIds()) {
      CopyLink l = linkOf.get(id);
      if (l != null) {
        storyLinks.add(l);
      }
    }
    Independence independence = new Independence(storyLinks);
    StoryContext ctx = new StoryContext(analyses, storyLinks, independence);
    List<FigureGroup> groups = figures.reconcile(ctx);
    List<QuoteGroup> said = quotes.group(ctx);
    List<Article> members = ctx.articles();
    String title = draft.title() != null ? draft.title() : StoryTitles.title(members);
    return new Story(
        draft.id(),
        title,
        draft.articleIds(),
        draft.events(),
        storyLinks,
        groups,
        said,
        independence.independentSources(draft.articleIds()));
  }
}
