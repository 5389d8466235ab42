package com.crmflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The strict reading of {@code /api} request bodies: what is refused, with which field and reason. */
class ApiJsonTest {

  record Item(String name) {}

  record Body(Long id, Integer count, BigDecimal amount, String text, List<Item> items, LocalDate date,
      List<String> tags) {}

  final ObjectMapper base = Jackson2ObjectMapperBuilder.json().build();
  final ObjectMapper strict = ApiJson.strict(base);

  JsonMappingException refused(String json) {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> strict.readValue(json, Body.class));
    assertThat(e).as(json).isNotNull();
    return e;
  }

  void assertRefused(String json, String field, String reason) {
    JsonMappingException e = refused(json);
    assertThat(ApiJson.field(e)).as(json).isEqualTo(field);
    assertThat(ApiJson.reason(e)).as(json).contains(reason);
  }

  @Test
  void goodInputIsReadAsBefore() throws Exception {
    Body b = strict.readValue("{\"id\":7,\"count\":3,\"amount\":1200.55,\"text\":\"新能源🚗\",\"items\":[{\"name\":"
        + "\"甲\"}],\"date\":\"2026-11-01\",\"tags\":[\"a\"],\"unknown\":1}", Body.class);
    assertThat(b).isEqualTo(new Body(7L, 3, new BigDecimal("1200.55"), "新能源🚗", List.of(new Item("甲")),
        LocalDate.of(2026, 11, 1), List.of("a")));
  }

  @Test
  void idsAsFractionsOrTextAreRefused() {
    assertRefused("{\"id\":1.5}", "id", "必须是整数");
    assertRefused("{\"id\":\"abc\"}", "id", "必须是整数");
    assertRefused("{\"id\":\"12\"}", "id", "必须是整数");
    assertRefused("{\"id\":1e400}", "id", "必须是整数");
    assertRefused("{\"count\":99999999999}", "count", "超出");
    assertRefused("{\"amount\":\"12.5\"}", "amount", "必须是数字");
  }

  @Test
  void textFromNumbersAndWrongShapesAreRefused() {
    assertRefused("{\"text\":42}", "text", "必须是文本");
    assertRefused("{\"text\":true}", "text", "必须是文本");
    assertRefused("{\"items\":\"x\"}", "items", "必须是数组");
    assertRefused("{\"items\":[1]}", "items[0]", "JSON 对象");
    assertRefused("{\"date\":\"2026-13-45\"}", "date", "必须是日期");
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedAnywhere() {
    assertRefused("{\"text\":\"机密\\u0000\"}", "text", "空字符");
    assertRefused("{\"text\":\"\\ud800\"}", "text", "代理项");
    assertRefused("{\"items\":[{\"name\":\"ok\"},{\"name\":\"a\\u0000\"}]}", "items[1].name", "空字符");
    assertRefused("{\"tags\":[\"a\",\"\\udc00\"]}", "tags[1]", "代理项");
    assertThat(refused("{\"text\":\"机密\\u0000\"}").getMessage()).doesNotContain("机密");
  }

  @Test
  void decimalsWithAbsurdExponentsAreRefused() {
    assertRefused("{\"amount\":1E+2147483647}", "amount", "超出");
    assertRefused("{\"amount\":1e-999}", "amount", "超出");
  }

  @Test
  void duplicateKeysAndTrailingContentAreRefused() {
    assertThat(catchThrowableOfType(JsonParseException.class,
        () -> strict.readValue("{\"id\":1,\"id\":2}", Body.class)).getOriginalMessage())
        .contains("Duplicate field 'id'");
    JsonMappingException trailing = refused("{\"id\":1} {\"id\":2}");
    assertThat(ApiJson.field(trailing)).isEmpty();
  }

  @Test
  void theSharedMapperIsNotChanged() throws Exception {
    assertThat(base.readValue("{\"id\":1.5,\"text\":\"a\\u0000\"}", Body.class).id()).isEqualTo(1L);
  }
}
