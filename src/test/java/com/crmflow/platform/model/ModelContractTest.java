package com.crmflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.model.ModelContract.Config;
import com.crmflow.platform.model.ModelContract.Violation;
import com.crmflow.platform.forms.FormData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models administrators edit in Camunda Modeler (processes/*.bpmn, processes/*.dmn, forms/*.form) and the Java
 * that runs them must agree; {@link ModelContract} checks it statically (no Spring context, no engine) and this test
 * fails the build with every disagreement as {@code <file>: <element id> (<element name>): <problem>}.
 *
 * <p>The second half edits copies of the real models the way Modeler would (rename a field, an id, a bean; point
 * a form reference elsewhere; remove a variable's only writer) and checks that exactly that problem is reported.
 */
class ModelContractTest {

  static final Path ROOT = Path.of("").toAbsolutePath();

  /**
   * Required form fields no Java reads, on purpose ({@code formId:fieldKey}, a dynamic list's entry as
   * {@code formId:listKey.key}). Empty: today every required field is read by the delegate or listener of its
   * task, or by a gateway condition of its process.
   */
  static final Map<String, String> DELIBERATELY_IGNORED_REQUIRED_FIELDS = Map.of();

  /**
   * Form fields a delegate reads although one of the ways into its element does not submit them; the code handles
   * the missing value ({@code bean:key@sourceElementId}).
   */
  static final Map<String, String> OPTIONAL_FORM_READS = Map.of(
      // 每月投诉分析 is started by message (complaint-analysis-monthly's timer) without a period: the delegate then
      // analyses the previous calendar month (ComplaintAnalysisBindings.compileComplaintStatistics).
      "compileComplaintStatistics:periodFrom@StartEvent_Monthly", "monthly start: previous calendar month",
      "compileComplaintStatistics:periodTo@StartEvent_Monthly", "monthly start: previous calendar month",
      // reportedBy is not a form field: only the API's message start (GradingController) sets it after its own
      // checks; from the start form the reporter is the authenticated user (GradingProcessBindings.reporter).
      "registerMajorChange:reportedBy@StartEvent_MajorChange", "set by the API's message start only",
      // 年度分级体系审计 is started by message (grading-audit-yearly's timer) without a year: the delegate then
      // audits the year that ended (GradingAuditBindings.compileGradingAudit).
      "compileGradingAudit:auditYear@StartEvent_Yearly", "yearly start: the year that ended");

  /**
   * Disagreements known today and not yet fixed: {@code "<file>: <element id>"} → the start of the problem text.
   * Empty — keep it so: a new entry needs an issue.
   */
  static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

  static Config config() {
    return Config.forProject(ROOT, FormData.class)
        .withIgnoredRequiredFields(DELIBERATELY_IGNORED_REQUIRED_FIELDS)
        .withOptionalFormReads(OPTIONAL_FORM_READS);
  }

  static List<Violation> baseline;

  @BeforeAll
  static void checkRealModels() {
    long start = System.nanoTime();
    baseline = ModelContract.check(config());
    System.out.println("model contract, first run (parses the Java sources, scans the beans): "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  @Test
  void theModelsAndTheCodeAgree() {
    long start = System.nanoTime();
    ModelContract.Result result = ModelContract.checkWithCounts(config());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("model contract, again (Java and beans cached, models parsed): " + millis + " ms; checked "
        + result.counts());
    List<Violation> unexpected = result.violations().stream().filter(v -> !isKnownException(v)).toList();
    assertThat(unexpected)
        .as("models and code disagree (%d):%n%s", unexpected.size(),
            unexpected.stream().map(Violation::toString).collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
    // the contracts looked at something (a checker that reads nothing passes too)
    assertThat(result.counts()).containsKeys("a. expressions", "a. delegate expression bean types",
        "c. form reads (bean x field x submitted form/message)", "c. required form fields",
        "d. element ids named in Java", "e. Java variable reads (bean x process)",
        "e. variables forms show (element x variable)", "f. DMN outputs read by Java");
  }

  @Test
  void everyAllowListEntryIsStillNeeded() {
    List<Violation> without = ModelContract.check(Config.forProject(ROOT, FormData.class));
    for (String entry : OPTIONAL_FORM_READS.keySet()) {
      String bean = entry.substring(0, entry.indexOf(':'));
      String key = entry.substring(entry.indexOf(':') + 1, entry.indexOf('@'));
      String source = entry.substring(entry.indexOf('@') + 1);
      assertThat(without).as("allow-list entry %s is no longer needed: remove it", entry)
          .anySatisfy(v -> assertThat(v.problem()).contains("${" + bean + "}", "\"" + key + "\"", source));
    }
    for (String entry : DELIBERATELY_IGNORED_REQUIRED_FIELDS.keySet()) {
      String form = entry.substring(0, entry.indexOf(':'));
      assertThat(without).as("deliberately ignored field %s is read now, or no longer required: remove it", entry)
          .anySatisfy(v -> assertThat(v.problem()).contains("\"" + entry + "\"", "form " + form));
    }
    for (var known : KNOWN_EXCEPTIONS.entrySet()) {
      assertThat(baseline).as("known exception %s is fixed: remove it", known.getKey())
          .anySatisfy(v -> assertThat(v.file() + ": " + v.elementId() + ": " + v.problem())
              .startsWith(known.getKey() + ": " + known.getValue()));
    }
  }

  static boolean isKnownException(Violation v) {
    String problem = KNOWN_EXCEPTIONS.get(v.file() + ": " + v.elementId());
    return problem != null && v.problem().startsWith(problem);
  }

  // ------------------------------------------------------------------------------------------ Modeler edits

  @TempDir
  Path copy;

  /** The violations that the edits of a copy add to those of the real models. */
  private List<Violation> afterEdit(Edit... edits) throws IOException {
    copyTree(ROOT.resolve("processes"), copy.resolve("processes"));
    copyTree(ROOT.resolve("forms"), copy.resolve("forms"));
    for (Edit edit : edits) {
      Path file = copy.resolve(edit.file());
      String before = Files.readString(file, StandardCharsets.UTF_8);
      String after = edit.change().apply(before);
      assertThat(after).as("edit of %s changes nothing", edit.file()).isNotEqualTo(before);
      Files.writeString(file, after, StandardCharsets.UTF_8);
    }
    Set<String> known = new HashSet<>();
    baseline.forEach(v -> known.add(v.toString()));
    List<Violation> added = new ArrayList<>();
    for (Violation v : ModelContract.check(config().withModels(copy.resolve("processes"), copy.resolve("forms")))) {
      if (!known.contains(v.toString())) {
        added.add(v);
      }
    }
    added.forEach(v -> System.out.println("after edit: " + v));
    return added;
  }

  record Edit(String file, UnaryOperator<String> change) {
    static Edit replace(String file, String from, String to) {
      return new Edit(file, text -> {
        assertThat(text).as("%s contains %s", file, from).contains(from);
        return text.replace(from, to);
      });
    }

    /** Modeler renames an id everywhere: the element, its sequence flows, boundary events and diagram shape. */
    static Edit renameId(String file, String from, String to) {
      return new Edit(file, text -> text.replaceAll("(?<![A-Za-z0-9_])" + from + "(?![A-Za-z0-9])", to));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void renamedFormFieldThatTheJavaReads() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("forms/complaint-investigation.form",
        "\"key\": \"evidence\"", "\"key\": \"evidenceFiles\""));

    assertThat(added).singleElement().satisfies(v -> {
      assertThat(v.file()).isEqualTo("processes/complaint-handling.bpmn");
      assertThat(v.elementId()).isEqualTo("Task_Investigate");
      assertThat(v.elementName()).isEqualTo("调查投诉");
      assertThat(v.problem()).contains("${complaintInvestigated}", "ComplaintProcessBindings.java:",
          "\"evidence\"", "form complaint-investigation (forms/complaint-investigation.form)",
          "did you mean \"evidenceFiles\"");
    });
  }

  @Test
  void renamedRequiredFormField() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("forms/complaint-investigation.form",
        "\"key\": \"investigationDetails\"", "\"key\": \"investigationNotes\""));

    assertThat(added).hasSize(2);
    assertThat(added).anySatisfy(v -> {
      assertThat(v.toString()).startsWith("processes/complaint-handling.bpmn: Task_Investigate (调查投诉): ");
      assertThat(v.problem()).contains("\"investigationDetails\"", "forms/complaint-investigation.form");
    });
    // the renamed field is required and now nobody reads it
    assertThat(added).anySatisfy(v -> {
      assertThat(v.toString()).startsWith("forms/complaint-investigation.form: investigationNotes (调查经过与细节): ");
      assertThat(v.problem()).contains("required field", "\"complaint-investigation:investigationNotes\"");
    });
  }

  @Test
  void formSwappedForAnotherThatHasTheSameKeys() throws IOException {
    // complaint-intake also has category and severity: only the generated readers tell that the binding expects
    // the assessment form
    List<Violation> added = afterEdit(Edit.replace("processes/complaint-handling.bpmn",
        "camunda:formRef=\"complaint-assessment\"", "camunda:formRef=\"complaint-intake\""));

    for (String key : List.of("category", "severity")) {
      assertThat(added).anySatisfy(v -> {
        assertThat(v.toString()).startsWith("processes/complaint-handling.bpmn: Task_AssessComplaint (初步评估投诉): ");
        assertThat(v.problem()).contains("${complaintAssessed}", "\"" + key + "\"",
            "reader of forms/complaint-assessment.form",
            "the form submitted here is form complaint-intake (forms/complaint-intake.form)");
      });
    }
  }

  @Test
  void renamedKeyInsideADynamicList() throws IOException {
    // the milestone's name: ProjectProcessBindings.planSubmitted reads text(m, ProjectPlanForm.MILESTONES_NAME) = "name" for each entry
    List<Violation> added = afterEdit(Edit.replace("forms/project-plan.form",
        "\"key\": \"name\"", "\"key\": \"milestoneName\""));

    // project-plan is the form of two tasks, both completed by ${planSubmitted}
    assertThat(added).hasSize(3);
    for (String task : List.of("Task_DraftPlan (制定项目执行方案)", "Task_RevisePlan (修改执行方案)")) {
      assertThat(added).anySatisfy(v -> {
        assertThat(v.toString()).startsWith("processes/customer-project.bpmn: " + task + ": ");
        assertThat(v.problem()).contains("${planSubmitted}", "\"milestones[].name\"", "forms/project-plan.form",
            "did you mean \"milestoneName\"");
      });
    }
    assertThat(added).anySatisfy(v -> assertThat(v.toString())
        .startsWith("forms/project-plan.form: milestones[].milestoneName (")
        .contains("required field", "\"project-plan:milestones.milestoneName\""));
  }

  @Test
  void renamedElementIdThatTheJavaNames() throws IOException {
    List<Violation> added =
        afterEdit(Edit.renameId("processes/return-visit.bpmn", "Task_Visit", "Task_CustomerVisit"));

    // the constant, and the two task queries that pass it to the engine
    assertThat(added).extracting(Violation::file).containsExactlyInAnyOrder(
        "src/main/java/com/crmflow/visit/process/VisitScheduler.java",
        "src/main/java/com/crmflow/visit/process/ReturnVisits.java",
        "src/main/java/com/crmflow/visit/process/VisitVariables.java");
    assertThat(added).allSatisfy(v -> {
      assertThat(v.elementId()).isEqualTo("Task_Visit");
      assertThat(v.problem()).contains("names BPMN element \"Task_Visit\", but no model in processes has it",
          "similar ids the Java does not name: ", "Task_CustomerVisit 客户定期回访 in processes/return-visit.bpmn");
    });
  }

  @Test
  void renamedTimerThatTheJavaMovesWhenTheCalendarChanges() throws IOException {
    List<Violation> added = afterEdit(
        Edit.renameId("processes/complaint-handling.bpmn", "Timer_ResultFeedbackLevel2", "Timer_FeedbackLevel2"));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).startsWith(
        "src/main/java/com/crmflow/complaint/process/ComplaintDeadlineRecalculation.java: Timer_ResultFeedbackLevel2 ")
        .contains("similar ids the Java does not name: Timer_FeedbackLevel2 结果反馈严重超时"));
  }

  @Test
  void delegateExpressionNamesAnUnknownBean() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/complaint-handling.bpmn",
        "camunda:delegateExpression=\"${closeComplaint}\"", "camunda:delegateExpression=\"${closeComplaints}\""));

    assertThat(added).hasSize(2);
    assertThat(added).anySatisfy(v -> {
      assertThat(v.toString()).startsWith("processes/complaint-handling.bpmn: Task_CloseComplaint (结案): ");
      assertThat(v.problem()).contains("camunda:delegateExpression ${closeComplaints}", "\"closeComplaints\" is no "
          + "Spring bean", "did you mean \"closeComplaint\"");
    });
    // and the bean it used to call is now dead code
    assertThat(added).anySatisfy(v -> assertThat(v.toString()).startsWith(
        "src/main/java/com/crmflow/complaint/process/ComplaintProcessBindings.java: closeComplaint "
            + "(ComplaintProcessBindings.closeComplaint()): ").contains("JavaDelegate bean is used by no model"));
  }

  @Test
  void delegateExpressionNamesABeanOfTheWrongType() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/complaint-handling.bpmn",
        "camunda:delegateExpression=\"${closeComplaint}\"", "camunda:delegateExpression=\"${surveyRecorded}\""));

    assertThat(added).anySatisfy(v -> assertThat(v.toString()).startsWith(
        "processes/complaint-handling.bpmn: Task_CloseComplaint (结案): ").contains(
            "bean surveyRecorded is a TaskListener", "the engine needs a JavaDelegate or ActivityBehavior"));
    assertThat(added).anySatisfy(v -> assertThat(v.elementId()).isEqualTo("closeComplaint"));
    // and, run as a delegate after 跟踪检查, the survey listener would look for the survey form's fields there
    assertThat(added).filteredOn(v -> v.problem().contains("reads form field")).extracting(Violation::problem)
        .hasSize(3).allSatisfy(p -> assertThat(p).contains("${surveyRecorded}", "form complaint-follow-up"));
    assertThat(added).hasSize(5);
  }

  @Test
  void classThatDoesNotExist() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/complaint-handling.bpmn",
        "camunda:delegateExpression=\"${closeComplaint}\"",
        "camunda:class=\"com.crmflow.complaint.process.CloseComplaint\""));

    assertThat(added).hasSize(2);
    assertThat(added).anySatisfy(v -> assertThat(v.toString()).isEqualTo(
        "processes/complaint-handling.bpmn: Task_CloseComplaint (结案): camunda:class "
            + "\"com.crmflow.complaint.process.CloseComplaint\": no such class on the application's classpath"));
    assertThat(added).anySatisfy(v -> assertThat(v.elementId()).isEqualTo("closeComplaint"));
  }

  @Test
  void twoFormsWithTheSameId() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("forms/return-visit-supervise.form",
        "\"id\": \"return-visit-supervise\"", "\"id\": \"complaint-supervise\""));

    assertThat(added).anySatisfy(v -> assertThat(v.toString()).isEqualTo(
        "forms/return-visit-supervise.form: complaint-supervise (-): form id is also the id of "
            + "forms/complaint-supervise.form; a camunda:formRef would find either"));
    // and the task that used it now has no form of that name
    assertThat(added).anySatisfy(v -> assertThat(v.toString()).startsWith(
        "processes/return-visit.bpmn: Task_SuperviseOverdueVisit (督办逾期回访): camunda:formRef "
            + "\"return-visit-supervise\" names no form in forms"));
  }

  @Test
  void formRefPointsToAMissingForm() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/complaint-handling.bpmn",
        "camunda:formRef=\"complaint-investigation\"", "camunda:formRef=\"complaint-investigations\""));

    assertThat(added).hasSize(2);
    assertThat(added).anySatisfy(v -> assertThat(v.toString()).isEqualTo(
        "processes/complaint-handling.bpmn: Task_Investigate (调查投诉): camunda:formRef \"complaint-investigations\" "
            + "names no form in forms (did you mean \"complaint-investigation\"?)"));
    assertThat(added).anySatisfy(v -> assertThat(v.toString()).isEqualTo(
        "forms/complaint-investigation.form: complaint-investigation (-): form is used by no model element "
            + "(no camunda:formRef names it)"));
  }

  @Test
  void removedTheOnlyWriterOfAVariableAnExpressionReads() throws IOException {
    // the department review's assignee ${reviewer} is the multi-instance's element variable
    List<Violation> added = afterEdit(Edit.replace("processes/customer-project.bpmn",
        " camunda:elementVariable=\"reviewer\"", ""));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).isEqualTo(
        "processes/customer-project.bpmn: Task_ReviewPlanByDepartment (部门负责人评审方案): camunda:assignee ${reviewer}: "
            + "\"reviewer\" is no Spring bean, no engine built-in and no variable that a form, the model or the Java "
            + "writes in customer-project"));
  }

  @Test
  void removedTheOnlyWriterOfAVariableTheJavaReads() throws IOException {
    // improvementId is the element variable of the improvement multi-instance; the Java reads it in three places
    List<Violation> added = afterEdit(Edit.replace("processes/return-visit.bpmn",
        " camunda:elementVariable=\"improvementId\"", ""));

    assertThat(added).allSatisfy(v -> assertThat(v.problem()).contains("\"improvementId\""));
    assertThat(added).extracting(v -> v.file() + ": " + v.elementId()).contains(
        // the create listener (VisitContext) and the complete listener (improvementDone)
        "processes/return-visit.bpmn: Task_Improvement",
        // the calendar recalculation, outside any process
        "src/main/java/com/crmflow/visit/process/ImprovementDueRecalculation.java: "
            + "ImprovementDueRecalculation.calendarChanged");
    assertThat(added).anySatisfy(v -> assertThat(v.problem()).contains("${improvementDone}",
        "VisitProcessBindings.java:", "reads variable \"improvementId\""));
    assertThat(added).anySatisfy(v -> assertThat(v.problem()).contains("camunda:candidateGroups",
        "${returnVisits.departmentGroup(improvementId)}"));
  }

  @Test
  void renamedDecisionOutputThatTheJavaReads() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/customer-grading.dmn",
        "name=\"score\"", "name=\"compositeScoreValue\""));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).startsWith(
        "processes/customer-grading.dmn: customer-grading (客户等级评定): GradingRules.java:").contains(
            "reads output \"score\", which the decision does not have (outputs: compositeScoreValue, grade)"));
  }

  @Test
  void renamedDecisionInputThatTheJavaPasses() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/owner-eligibility.dmn",
        "<text>grade</text>", "<text>customerGrade</text>"));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).startsWith(
        "processes/owner-eligibility.dmn: Input_Grade (客户等级): input expression \"customerGrade\"").contains(
            "OwnerEligibility.java: grade"));
  }

  @Test
  void renamedMessageThatTheJavaCorrelates() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("processes/return-visit.bpmn",
        "name=\"ReturnVisitRescheduled\"", "name=\"VisitRescheduled\""));

    assertThat(added).isNotEmpty().allSatisfy(v -> assertThat(v.problem()).contains(
        "message \"ReturnVisitRescheduled\"", "did you mean \"VisitRescheduled\""));
    assertThat(added).extracting(Violation::file).contains("src/main/java/com/crmflow/visit/process/VisitScheduler.java");
  }

  @Test
  void unreadableModelIsReportedAlone() throws IOException {
    // e.g. a bad merge; every id, variable and bean of the file would otherwise look missing
    List<Violation> added = afterEdit(Edit.replace("processes/return-visit.bpmn", "<bpmn:process ", "<bpmn:proces "));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).startsWith(
        "processes/return-visit.bpmn: - (-): is not a valid BPMN model: ").contains(
            "the other contracts are checked once every model can be read"));
  }

  @Test
  void formShowsAVariableNothingWrites() throws IOException {
    List<Violation> added = afterEdit(Edit.replace("forms/return-visit-visit.form",
        "\"valuesKey\": \"departmentOptions\"", "\"valuesKey\": \"departmentChoices\""));

    assertThat(added).singleElement().satisfies(v -> assertThat(v.toString()).startsWith(
        "forms/return-visit-visit.form: department (").contains("options (valuesKey) uses variable "
            + "\"departmentChoices\", which nothing writes where this form is shown (Task_Visit 客户定期回访 in "
            + "processes/return-visit.bpmn)"));
  }
}
