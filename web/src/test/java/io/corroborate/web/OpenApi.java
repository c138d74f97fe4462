package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Checks answers against the served OpenAPI document: the route, status and body must be in it. */
final class OpenApi {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode DOC = load();

  private OpenApi() {}

  private static JsonNode load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode document() {
    return DOC;
  }

  /**
   * Asserts that the document describes this answer: route and method, status, content type, and
   * that the body validates against the response's schema.
   */
  static void validate(String route, String method, int status, String contentType, String body) {
    JsonNode op = DOC.path("paths").path(route).path(method.toLowerCase());
    assertThat(op.isMissingNode())
        .as("route %s %s is in the OpenAPI document", method, route)
        .isFalse();
    JsonNode response = op.path("responses").path(String.valueOf(status));
    assertThat(response.isMissingNode())
        .as("status %d of %s %s is in the OpenAPI document", status, method, route)
        .isFalse();
    JsonNode content = response.path("content");
    if (content.isMissingNode()) {
      return;
    }
    String type = contentType == null ? "" : contentType.split(";")[0].strip();
    JsonNode media = content.path(type);
    assertThat(media.isMissingNode())
        .as("content type %s of %d %s %s is documented", type, status, method, route)
        .isFalse();
    ObjectNode schemaNode = MAPPER.createObjectNode();
    schemaNode.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schemaNode.set("components", DOC.get("components"));
    schemaNode.setAll((ObjectNode) media.get("schema").deepCopy());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    try {
      Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(body));
      assertThat(errors)
          .as("%s %s %d body against the OpenAPI schema", method, route, status)
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
