package org.creditrepair.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.creditrepair.proto.knowledge.v1.Hit;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.Source;
import org.junit.jupiter.api.Test;

class SearchResponseJsonTest {
  @Test
  void should_write_empty_optional_strings_as_null_and_keep_field_order() throws Exception {
    SearchResponse response =
        SearchResponse.newBuilder()
            .addHits(
                Hit.newBuilder()
                    .setDocId("GUIDE-FAQ")
                    .setTitle("常见问题")
                    .setText("正文")
                    .setScore(0.5)
                    .setSource(Source.GUIDE)
                    .setChunkId("GUIDE-FAQ#1"))
            .addHits(
                Hit.newBuilder()
                    .setDocId("REG-X")
                    .setTitle("办法")
                    .setArticle("第十三条")
                    .setText("第十三条 ……")
                    .setSource(Source.OFFICIAL)
                    .setIssuer("国务院")
                    .setDocumentNumber("令第1号")
                    .setRegion("上海")
                    .setEffectiveFrom("2021-01-01")
                    .setEffectiveTo("2024-04-30")
                    .setPath("第二章 程序")
                    .setExact(true))
            .build();
    JsonNode json =
        new ObjectMapper().readTree(GatewayJson.bytes(SearchResponseJson.of(response, 7)));

    assertEquals(
        "{\"docId\":\"GUIDE-FAQ\",\"title\":\"常见问题\",\"article\":null,\"text\":\"正文\","
            + "\"score\":0.5,\"source\":\"GUIDE\",\"chunkId\":\"GUIDE-FAQ#1\",\"issuer\":null,"
            + "\"documentNumber\":null,\"region\":null,\"effectiveFrom\":null,\"effectiveTo\":null,"
            + "\"path\":\"\",\"exact\":false}",
        json.get("hits").get(0).toString());
    JsonNode official = json.get("hits").get(1);
    assertEquals("第十三条", official.get("article").asText());
    assertEquals("OFFICIAL", official.get("source").asText());
    assertEquals("2024-04-30", official.get("effectiveTo").asText());
    assertEquals(true, official.get("exact").asBoolean());
    assertEquals(7, json.get("tookMs").asLong());
  }
}
