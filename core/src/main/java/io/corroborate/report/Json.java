package io.corroborate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.corroborate.model.Labeled;
import io.corroborate.model.NewsDate;
import java.io.IOException;

/**
 * The JSON mappers every output uses: enums by their labels, dates in ISO-8601, whole numbers
 * without a decimal point, null fields kept (the contract never omits a field). Thread-safe.
 */
public final class Json {

  private static final ObjectMapper COMPACT = build(false);
  private static final ObjectMapper PRETTY = build(true);

  private Json() {}

  /** One-line JSON, for JSON lines. */
  public static ObjectMapper compact() {
    return COMPACT;
  }

  /** Indented JSON, for documents. */
  public static ObjectMapper pretty() {
    return PRETTY;
  }

  private static ObjectMapper build(boolean indent) {
    SimpleModule module = new SimpleModule("corroborate");
    module.addSerializer(
        Labeled.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Labeled value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.label());
          }
        });
    module.addSerializer(
        NewsDate.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(NewsDate value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    module.addSerializer(
        Double.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            writeNumber(value, gen);
          }
        });
    module.addSerializer(
        double.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            writeNumber(value, gen);
          }
        });
    JsonMapper.Builder b =
        JsonMapper.builder()
            .addModule(module)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    if (indent) {
      b.enable(SerializationFeature.INDENT_OUTPUT);
    }
    return b.build();
  }

  private static void writeNumber(Double v, JsonGenerator gen) throws IOException {
    if (v == null) {
      gen.writeNull();
    } else if (v.isNaN() || v.isInfinite()) {
      gen.writeNull();
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      gen.writeNumber(v.longValue());
    } else {
      gen.writeNumber(Math.round(v * 1e6) / 1e6);
    }
  }
}
