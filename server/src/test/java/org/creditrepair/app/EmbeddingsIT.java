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

  static boolean fixtureArticleAmongHits(String query, int topK, String article) {
    HttpResponse<String> r =
        new TestHttp(app.httpPort())
            .postJson("/api/v1/search", "{\"query\":\"" + query + "\",\"topK\":" + topK + "}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode hits = json(r).get("hits");
    assertTrue(hits.size() > 0, r.body());
    for (JsonNode hit : hits) {
      if (hit.get("title").asText().equals("网关测试信用修复办法")
          && hit.get("article").asText().equals(article)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void should_find_the_article_for_a_paraphrased_question() {
    assertTrue(fixtureArticleAmongHits("部门收到修复申请后多久给答复", 5, "第四条"));
  }

  @Test
  void should_find_an_article_sharing_few_words_with_the_question() {
    // BM25 alone ranks 第二条 below 20th for this wording; the dense side brings it up.
    assertTrue(fixtureArticleAmongHits("公示满半年并且罚款交清以后能不能提前撤下", 20, "第二条"));
  }
}
