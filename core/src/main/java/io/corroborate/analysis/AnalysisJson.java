package io.corroborate.analysis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.NewsDate;
import io.corroborate.model.OffsetMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Writes an {@link ArticleAnalysis} as one line of JSON and reads it back equal: the form a store
 * keeps. Record fields are written by name (enums by constant name), dates in ISO-8601, offset maps
 * as their segments. Reading refuses unknown fields and analyses of a newer version than {@link
 * NewsArticleAnalyzer#VERSION}, naming the problem. Thread-safe.
 */
public final class AnalysisJson {

  // shared with StoryJson: one set of rules for every stored record
  static final ObjectMapper MAPPER = mapper();

  private AnalysisJson() {}

  /** The analysis as one line of JSON. */
  public static String write(ArticleAnalysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "could not write the analysis of " + analysis.article().source(), e);
    }
  }

  /**
   * The analysis a line of {@link #write} holds.
   *
   * @throws IOException naming the problem when the text is no analysis, or one of a newer version
   */
  public static ArticleAnalysis read(String json) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException("not an article analysis: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject() || !tree.path("version").isInt()) {
      throw new IOException("not an article analysis: no version");
    }
    int version = tree.get("version").asInt();
    if (version > NewsArticleAnalyzer.VERSION) {
      throw newer(version);
    }
    try {
      return MAPPER.treeToValue(tree, ArticleAnalysis.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException("not a valid article analysis: " + e.getMessage(), e);
    }
  }

  /**
   * The article of a line of {@link #write}, read without the rest of the analysis (its sentences,
   * entities, figures and quotes are skipped unparsed): what a dossier shows of its articles.
   *
   * @throws IOException naming the problem as {@link #read} does
   */
  public static Article readArticle(String json) throws IOException {
    return readPart(json, "article", Article.class);
  }

  /**
   * The story profile of a line of {@link #write}, read without the rest of the analysis: what the
   * story clusterer needs of an article.
   *
   * @throws IOException naming the problem as {@link #read} does
   */
  public static ArticleProfile readProfile(String json) throws IOException {
    return readPart(json, "profile", ArticleProfile.class);
  }

  /** One top-level field of a line of {@link #write}, the others skipped unparsed. */
  private static <T> T readPart(String json, String name, Class<T> type) throws IOException {
    T part = null;
    Integer version = null;
    try (JsonParser p = MAPPER.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an article analysis: no version");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
          version = p.getIntValue();
          if (version > NewsArticleAnalyzer.VERSION) {
            throw newer(version);
          }
        } else if (field.equals(name) && value != JsonToken.VALUE_NULL) {
          part = MAPPER.readValue(p, type);
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IOException("not an article analysis: " + e.getOriginalMessage(), e);
    }
    if (version == null) {
      throw new IOException("not an article analysis: no version");
    }
    if (part == null) {
      throw new IOException("not a valid article analysis: no " + name);
    }
    return part;
  }

  private static IOException newer(int version) {
    return new IOException(
        "analysis version "
            + version
            + " is newer than this program's ("
            + NewsArticleAnalyzer.VERSION
            + "): upgrade Corroborate to read it");
  }

  private static <T> JsonDeserializer<T> fromText(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return parse.apply(p.getValueAsString());
      }
    };
  }

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("corroborate-analysis");
    // dates as their ISO-8601 text, read back by each type's own parser
    module.addSerializer(NewsDate.class, ToStringSerializer.instance);
    module.addDeserializer(NewsDate.class, fromText(NewsDate::parse));
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addDeserializer(LocalDate.class, fromText(LocalDate::parse));
    module.addSerializer(
        OffsetMap.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(OffsetMap value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeStartObject();
            gen.writeNumberField("length", value.derivedLength());
            int[] segments = value.segments();
            gen.writeFieldName("segments");
            gen.writeArray(segments, 0, segments.length);
            gen.writeEndObject();
          }
        });
    module.addDeserializer(
        OffsetMap.class,
        new JsonDeserializer<>() {
          @Override
          public OffsetMap deserialize(JsonParser p, DeserializationContext ctx)
              throws IOException {
            JsonNode node = p.readValueAsTree();
            JsonNode segments = node.path("segments");
            int[] s = new int[segments.size()];
            for (int i = 0; i < s.length; i++) {
              s[i] = segments.get(i).asInt();
            }
            return OffsetMap.ofSegments(s, node.path("length").asInt());
          }
        });
    ObjectMapper m = new ObjectMapper();
    m.registerModule(module);
    m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    m.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return m;
  }
}
