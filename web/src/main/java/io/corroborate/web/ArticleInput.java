package io.corroborate.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/articles}: one article or an array, each in the JSON-lines
 * input shape ({@code id, url, title, text | html, published, outlet}, also {@code byline}, {@code
 * author}, {@code language}), and cleans them. Anything else (malformed JSON, an unknown field, a
 * value that is not a string, an article with no text) fails the whole request with a problem
 * naming the article and the field, so nothing is stored half. Thread-safe.
 */
final class ArticleInput {

  /** Articles one request may carry. */
  static final int MAX_ARTICLES = 1_000;

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "url",
          "title",
          "text",
          "html",
          "published",
          "outlet",
          "byline",
          "author",
          "language");

  private final ObjectMapper mapper;
  private final ArticleCleaner cleaner;

  ArticleInput(long maxBytes) {
    this.mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxNestingDepth(16)
                .maxNumberLength(100)
                .build());
    this.cleaner =
        new ArticleCleaner(
            new InputLimits(
                maxBytes, InputLimits.DEFAULT_MAX_HTML_DEPTH, InputLimits.DEFAULT_MAX_FEED_ITEMS));
  }

  /** The articles in {@code body}, cleaned; throws a 400 problem on anything malformed. */
  List<Article> read(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw ApiProblem.fail(
          400, "Malformed JSON", "the body is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw ApiProblem.fail(400, "Malformed JSON", "the body is empty");
    }
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
      if (items.isEmpty()) {
        throw ApiProblem.fail(400, "No articles", "the array holds no article");
      }
    } else if (root.isObject()) {
      items.add(root);
    } else {
      throw ApiProblem.fail(
          400, "Malformed article", "the body must be an article object or an array of them");
    }
    if (items.size() > MAX_ARTICLES) {
      throw ApiProblem.fail(
          413,
          "Too many articles",
          "one request may carry at most " + MAX_ARTICLES + " articles: found " + items.size());
    }
    List<Article> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(article(items.get(i), i));
    }
    return out;
  }

  private Article article(JsonNode node, int index) {
    String where = "article " + index;
    if (!node.isObject()) {
      throw ApiProblem.fail(400, "Malformed article", where + " is not a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw ApiProblem.fail(
            400,
            "Unknown field",
            where
                + " has an unknown field \""
                + StoryView.shorten(f, 60)
                + "\"; known: "
                + FIELDS.stream().sorted().toList());
      }
      JsonNode v = node.get(f);
      if (!v.isNull() && !v.isTextual()) {
        throw ApiProblem.fail(
            400, "Malformed article", where + ": field \"" + f + "\" must be a string or null");
      }
    }
    String text = string(node, "text");
    String html = string(node, "html");
    boolean isText = text != null && !text.isBlank();
    if (!isText && (html == null || html.isBlank())) {
      throw ApiProblem.fail(
          400, "Article without text", where + " has no \"text\" or \"html\" with content");
    }
    String id = string(node, "id");
    String url = string(node, "url");
    String source =
        id != null && !id.isBlank() ? id : url != null && !url.isBlank() ? url : "api:" + index;
    String byline = string(node, "byline");
    RawDocument raw =
        new RawDocument(
            source,
            isText ? InputKind.JSON_TEXT : InputKind.JSON_HTML,
            isText ? text : html,
            url,
            id,
            string(node, "title"),
            string(node, "published"),
            string(node, "outlet"),
            byline != null ? byline : string(node, "author"),
            string(node, "language"));
    try {
      return cleaner.clean(raw);
    } catch (RuntimeException e) {
      throw ApiProblem.fail(
          400, "Article could not be read", where + " could not be read: " + e.getMessage());
    }
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
