package com.crmflow.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Server-side checks of the deployed Camunda Forms, on the project's real form files. */
class FormValidatorTest {

  private static FormSchema form(String id) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
      return FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper(), in);
    }
  }

  private static List<String> validate(String formId, Map<String, Object> values, Set<String> dynamicOptions)
      throws IOException {
    return FormValidator.validate(form(formId), SubmittedValues.toJson(values), key -> dynamicOptions);
  }

  private static Map<String, Object> signedRecord() {
    Map<String, Object> v = new HashMap<>();
    v.put("recordSummary", "客户确认需求：三栋办公楼智能化改造");
    v.put("relatedDepartments", List.of("技术部", "市场部"));
    v.put("projectLead", "wangqiang");
    v.put("signerName", "刘经理");
    v.put("recordSigned", true);
    return v;
  }

  /**
   * The grading review lists up to crm.grading.review-list-limit (500) changes, all checked: crm-dept must be able
   * to submit them all (the default bound of 100 entries refused the review of a large regrading).
   */
  @Test
  void theGradingReviewTakesAsManyApprovalsAsItLists() throws IOException {
    List<String> listed = java.util.stream.IntStream.rangeClosed(1, 501).mapToObj(String::valueOf).toList();
    Map<String, Object> v = new HashMap<>();
    v.put("approvedChanges", listed.subList(0, 500));
    v.put("remainingDecision", "approve");
    assertThat(validate("customer-grading-review", v, Set.copyOf(listed))).isEmpty();
    v.put("approvedChanges", listed);
    assertThat(validate("customer-grading-review", v, Set.copyOf(listed)))
        .singleElement().asString().contains("(approvedChanges)").contains("最多 500 项");
  }

  @Test
  void completeValuesPass() throws IOException {
    assertThat(validate("project-requirement-record", signedRecord(), Set.of("wangqiang"))).isEmpty();
  }

  @Test
  void missingRequiredFieldIsNamedByItsLabel() throws IOException {
    Map<String, Object> v = signedRecord();
    v.remove("signerName");
    v.put("recordSummary", "  ");
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .anySatisfy(p -> assertThat(p).contains("(signerName)").endsWith("为必填项"))
        .anySatisfy(p -> assertThat(p).contains("(recordSummary)").endsWith("为必填项"))
        .hasSize(2);
  }

  @Test
  void wrongTypesAreRefused() throws IOException {
    Map<String, Object> v = signedRecord();
    v.put("recordSigned", "yes");
    v.put("relatedDepartments", "技术部");
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .containsExactlyInAnyOrder(
            form("project-requirement-record").fields().stream().filter(f -> f.key().equals("recordSigned"))
                .findFirst().orElseThrow().displayName() + " 应为是/否（布尔值）",
            form("project-requirement-record").fields().stream().filter(f -> f.key().equals("relatedDepartments"))
                .findFirst().orElseThrow().displayName() + " 应为选项列表");
  }

  @Test
  void requiredCheckboxMustBeTicked() throws IOException {
    Map<String, Object> v = signedRecord();
    v.put("recordSigned", false);
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .singleElement().asString().contains("(recordSigned)").endsWith("必须勾选");
  }

  @Test
  void valuesOutsideStaticAndDynamicOptionsAreRefused() throws IOException {
    Map<String, Object> v = signedRecord();
    v.put("relatedDepartments", List.of("技术部", "宣传部"));
    v.put("projectLead", "zhaomin");
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .anySatisfy(p -> assertThat(p).contains("(relatedDepartments)").contains("「宣传部」不在可选范围内"))
        .anySatisfy(p -> assertThat(p).contains("(projectLead)").contains("「zhaomin」不在可选范围内"))
        .hasSize(2);
  }

  @Test
  void itemsOfADynamicListAreCheckedOneByOne() throws IOException {
    Map<String, Object> good = Map.of("title", "现场调研", "executor", "zhaomin", "requirements", "调研三栋楼",
        "dueDate", "2026-12-01", "qualityStandard", "调研报告经客户确认");
    Map<String, Object> bad = new HashMap<>(good);
    bad.put("dueDate", "下周一");
    bad.remove("qualityStandard");
    List<String> problems = validate("project-task-assignment", Map.of("tasks", List.of(good, bad)),
        Set.of("zhaomin", "sunli"));
    assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("「执行任务」(tasks) 第 2 项的"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("(dueDate)").endsWith("日期/时间格式不正确"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("(qualityStandard)").endsWith("为必填项"));
  }

  @Test
  void textLongerThanTheFormAllowsIsRefused() throws IOException {
    Map<String, Object> v = signedRecord();
    v.put("signerName", "名".repeat(101));
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .singleElement().asString().contains("(signerName)").endsWith("不能超过 100 个字符");
  }

  @Test
  void everyFormOfTheProjectParsesAndHasInputs() throws IOException {
    try (var files = Files.list(Path.of("forms"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          FormSchema schema = FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper(), in);
          assertThat(schema.id()).as(f.toString()).isEqualTo(f.getFileName().toString().replace(".form", ""));
          assertThat(schema.fields()).as(f.toString()).isNotEmpty();
        }
      }
    }
  }

  // --- issue 8: bad input that only crafted requests send ---

  private static FormSchema inline(String json) throws IOException {
    return FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper(), new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedNamingTheField() throws IOException {
    Map<String, Object> v = signedRecord();
    v.put("recordSummary", "客户确认\u0000需求");
    v.put("signerName", "刘\ud800经理");
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang")))
        .anySatisfy(p -> assertThat(p).contains("(recordSummary)").contains("NUL"))
        .anySatisfy(p -> assertThat(p).contains("(signerName)").contains("不成对的代理项"))
        .hasSize(2);
    v = signedRecord();
    v.put("signerName", "陈总 \uD83D\uDE00"); // a paired surrogate (emoji) is ordinary text
    assertThat(validate("project-requirement-record", v, Set.of("wangqiang"))).isEmpty();
  }

  @Test
  void textInsideDynamicListItemsIsCheckedToo() throws IOException {
    Map<String, Object> item = new HashMap<>(Map.of("title", "现场\u0000调研", "executor", "zhaomin",
        "requirements", "调研三栋楼", "dueDate", "2026-12-01", "qualityStandard", "调研报告经客户确认"));
    assertThat(validate("project-task-assignment", Map.of("tasks", List.of(item)), Set.of("zhaomin")))
        .singleElement().asString().contains("第 1 项的").contains("(title)").contains("NUL");
  }

  @Test
  void listsAreBoundedByTheDefaultOrTheFormsMaxItems() throws IOException {
    Map<String, Object> item = Map.of("title", "现场调研", "executor", "zhaomin", "requirements", "调研三栋楼",
        "dueDate", "2026-12-01", "qualityStandard", "调研报告经客户确认");
    assertThat(validate("project-task-assignment",
        Map.of("tasks", java.util.Collections.nCopies(FormValidator.DEFAULT_MAX_ITEMS, item)), Set.of("zhaomin")))
        .isEmpty();
    assertThat(validate("project-task-assignment",
        Map.of("tasks", java.util.Collections.nCopies(FormValidator.DEFAULT_MAX_ITEMS + 1, item)), Set.of("zhaomin")))
        .singleElement().asString().contains("(tasks)").contains("最多 100 项").contains("101");

    FormSchema schema = inline("""
        {"id": "f", "components": [{"type": "taglist", "key": "tags", "label": "标签",
          "values": [{"label": "a", "value": "a"}], "properties": {"maxItems": "2"}}]}""");
    assertThat(FormValidator.validate(schema, SubmittedValues.toJson(Map.of("tags", List.of("a", "a"))), k -> null))
        .isEmpty();
    assertThat(FormValidator.validate(schema, SubmittedValues.toJson(Map.of("tags", List.of("a", "a", "a"))),
        k -> null)).singleElement().asString().contains("(tags)").contains("最多 2 项");
  }

  @Test
  void anEntryOfAListCarriesOnlyTheFieldsTheListDeclares() throws IOException {
    Map<String, Object> item = new HashMap<>(Map.of("title", "现场调研", "executor", "zhaomin",
        "requirements", "调研三栋楼", "dueDate", "2026-12-01", "qualityStandard", "调研报告经客户确认"));
    assertThat(validate("project-task-assignment", Map.of("tasks", List.of(item)), Set.of("zhaomin"))).isEmpty();
    item.put("projectLead", "zhaomin");
    assertThat(validate("project-task-assignment", Map.of("tasks", List.of(Map.of("title", "x"), item)),
        Set.of("zhaomin"))).anySatisfy(p -> assertThat(p).contains("(tasks) 第 2 项").contains("「projectLead」"));
  }

  @Test
  void idFieldsTakeOnlyWholePositiveNumbers() throws IOException {
    Map<String, Object> intake = new HashMap<>(Map.of("channel", "phone", "content", "发货慢", "category", "delivery",
        "severity", "low", "contactPreference", "phone", "contactName", "王女士", "contactPhone", "13800000000"));
    for (Object bad : List.of(1.5, "abc", "1.5", 0, -3, "NaN", "Infinity", "0x10")) {
      intake.put("customerId", bad);
      assertThat(validate("complaint-intake", intake, null)).as(String.valueOf(bad))
          .anySatisfy(p -> assertThat(p).contains("(customerId)"));
    }
    for (Object good : List.of(7, 7L, "7", 7.0)) {
      intake.put("customerId", good);
      assertThat(validate("complaint-intake", intake, null)).as(String.valueOf(good))
          .noneSatisfy(p -> assertThat(p).contains("(customerId)"));
    }
  }

  @Test
  void keysTheFormDoesNotDeclareAreNamed() throws IOException {
    FormSchema assessment = form("complaint-assessment");
    assertThat(FormValidator.undeclared(assessment, List.of("category", "severity", "complaintId"), "评估表单"))
        .singleElement().asString().contains("「complaintId」").contains("评估表单");
    assertThat(FormValidator.undeclared(assessment, List.of("category", "assessmentNote"), "评估表单")).isEmpty();
    assertThat(form("project-task-execution").declaredKeys()).doesNotContain("projectLead", "accountManager");
  }

  @Test
  void aPartialUpdateChecksOnlyTheFieldsItCarries() throws IOException {
    FormSchema record = form("project-requirement-record");
    assertThat(FormValidator.validatePresent(record, SubmittedValues.toJson(Map.of("signerName", "陈总")), k -> null))
        .isEmpty();
    assertThat(FormValidator.validatePresent(record, SubmittedValues.toJson(Map.of("recordSigned", "yes")),
        k -> null)).singleElement().asString().contains("(recordSigned)");
  }
}
