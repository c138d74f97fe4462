package io.corroborate.clean;

import io.corroborate.model.CreditLine;
import io.corroborate.model.NewsDate;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.RemovedBlock;
import io.corroborate.model.Span;
import java.util.List;
import java.util.Map;

/**
 * What a cleaner found in one document: the body with its map, the furniture removed, credits, and
 * the metadata the document itself gives. Fields are null when the document does not say.
 */
record Cleaned(
    String body,
    OffsetMap bodyMap,
    List<RemovedBlock> removed,
    List<CreditLine> credits,
    String title,
    Span titleSpan,
    NewsDate published,
    NewsDate modified,
    String byline,
    String outlet,
    String language,
    String url,
    boolean truncated,
    boolean paywalled,
    Map<String, String> metadataSources) {}
