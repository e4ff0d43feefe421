package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;

/**
 * JSON 字段读取：typed access to the fields of a request body, each failure a coded client error that
 * names the field path ({@code records[2].type}).
 */
final class JsonFields {
  private JsonFields() {}

  /** The body as a JSON object; INVALID_JSON otherwise. */
  static ObjectNode object(Buffer body) {
    JsonNode node;
    try {
      node = body == null ? null : GatewayJson.MAPPER.readTree(body.getBytes());
    } catch (IOException | RuntimeException e) {
      throw new CreditRepairException(ErrorCode.INVALID_JSON, "请求体不是合法的 JSON");
    }
    if (node == null || node.isMissingNode()) {
      throw new CreditRepairException(ErrorCode.INVALID_JSON, "请求体为空，需要一个 JSON 对象");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new CreditRepairException(
          ErrorCode.INVALID_JSON, "请求体必须是 JSON 对象", Map.of("expected", "object"));
    }
    return object;
  }

  /** UNKNOWN_FIELD for the first field of {@code json} not in {@code allowed}. */
  static void rejectUnknown(ObjectNode json, List<String> allowed, String prefix) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        String field = prefix + IsoDates.abbreviate(name);
        throw new CreditRepairException(
            ErrorCode.UNKNOWN_FIELD,
            "不支持的字段：" + field,
            Map.of("field", field, "allowed", String.join(",", allowed)));
      }
    }
  }

  /** The child object at {@code path}, or null when absent or null. */
  static ObjectNode childObject(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!(node instanceof ObjectNode o)) {
      throw wrongType(path, "object", path + " 必须是 JSON 对象");
    }
    return o;
  }

  /** The array at {@code path}, or an empty one when absent or null. */
  static ArrayNode array(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return GatewayJson.MAPPER.createArrayNode();
    }
    if (!(node instanceof ArrayNode a)) {
      throw wrongType(path, "array", path + " 必须是数组");
    }
    return a;
  }

  /** The string at {@code path}, or "" when absent or null. */
  static String string(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (!node.isTextual()) {
      throw wrongType(path, "string", path + " 必须是字符串");
    }
    return node.textValue();
  }

  /** The boolean at {@code path}, or null when absent or null. */
  static Boolean bool(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      throw wrongType(path, "boolean", path + " 必须是 true 或 false");
    }
    return node.booleanValue();
  }

  /** A number or a numeric string at {@code path} as decimal text, or "" when absent or null. */
  static String decimal(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isNumber()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    throw wrongType(path, "number", path + " 必须是数字（元）");
  }

  /** The name of an enum constant at {@code path}; "" when absent or null. */
  static String enumName(JsonNode node, String path) {
    return string(node, path).strip();
  }

  static CreditRepairException wrongType(String field, String expected, String message) {
    return new CreditRepairException(
        ErrorCode.INVALID_FIELD_TYPE, message, Map.of("field", field, "expected", expected));
  }
}
