package com.crmflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese locale files against the English ones shipped in the Camunda webapp jar on the classpath:
 * after a Camunda upgrade this test names every label that is new, gone or whose placeholders changed.
 */
class WebappLocaleFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  /** AngularJS interpolations, HTML tags and printf-style slots must survive translation unchanged. */
  private static final Pattern TOKENS = Pattern.compile("\\{\\{.*?}}|<[^>]+>|%[sd]");
  private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{3,}\\s+[A-Za-z]{3,}\\s+[A-Za-z]{3,}");

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void everyEnglishLabelHasAChineseTranslationWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(APPS + app + "/locales/en.json"));
    Map<String, String> chinese = flatten(read(APPS + app + "/locales/zh-CN.json"));

    assertThat(english).as("English labels of %s (from the Camunda jar)", app).hasSizeGreaterThan(100);
    assertThat(chinese.keySet()).as("zh-CN.json of %s has exactly the keys of en.json", app)
        .containsExactlyInAnyOrderElementsOf(english.keySet());

    List<String> problems = new ArrayList<>();
    english.forEach((key, en) -> {
      String zh = chinese.get(key);
      if (!tokens(en).equals(tokens(zh))) {
        problems.add(key + ": placeholders " + tokens(en) + " became " + tokens(zh));
      }
      if (key.startsWith("labels.") && zh.equals(en) && LATIN_WORDS.matcher(strip(en)).find()) {
        problems.add(key + ": left in English: " + en);
      }
    });
    assertThat(problems).as("labels of %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreWrittenTheChineseWay(String app) throws IOException {
    JsonNode dates = read(APPS + app + "/locales/zh-CN.json").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("星期一");
    assertThat(dates.path("months").get(11).asText()).isEqualTo("十二月");
    assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
  }

  private static List<String> tokens(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  private static String strip(String text) {
    return TOKENS.matcher(text).replaceAll("");
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = WebappLocaleFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", root, flat);
    return flat;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }
}
