package org.creditrepair.app;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server with dense vectors on (bge-small-zh, offline): hybrid search over HTTP. */
class EmbeddingsIT {
  @TempDir static Path tmp;
  static Application app;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, true);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void should_find_the_article_for_a_paraphrased_question() {
    HttpResponse<String> r =
        new TestHttp(app.httpPort())
            .postJson("/api/v1/search", "{\"query\":\"申请修复的时候要交哪些文件\",\"topK\":10}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode hits = json(r).get("hits");
    assertTrue(hits.size() > 0, r.body());
    boolean found = false;
    for (JsonNode hit : hits) {
      found |=
          hit.get("title").asText().equals("网关测试信用修复办法")
              && hit.get("article").asText().equals("第三条");
    }
    assertTrue(found, "第三条 (materials) not among hits: " + r.body());
  }
}
