package org.creditrepair.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "application/json|true",
        "Application/JSON|true",
        "application/json; charset=utf-8|true",
        "application/json;charset=\"UTF-8\"|true",
        "application/problem+json|true",
        "application/json; charset=gbk|false",
        "application/json; charset=|false",
        "text/plain|false",
        "application/x-www-form-urlencoded|false",
        "multipart/form-data; boundary=x|false",
        "text/json|false",
        "''|false",
        "NULL|false",
      })
  void should_accept_only_utf8_json(String contentType, boolean json) {
    assertEquals(json, JsonBody.isJson(contentType));
  }
}
