package com.crmflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.conformance.MandatedStep;
import com.crmflow.conformance.ModelRules;
import com.crmflow.platform.process.ModelProperties;
import com.crmflow.project.process.ProjectContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * The extension properties by which the models tell the Java what a task means ({@link ModelProperties}): every
 * property in processes/*.bpmn is one the code knows, on the kind of element it belongs to, with a value it
 * understands. A Modeler typo ("contextShows = plans") would otherwise make the Java quietly do nothing.
 */
class ModelPropertiesTest {

  private record Known(Predicate<BaseElement> on, String where, Predicate<String> value, String values) {}

  private static final Set<String> SECTIONS = Set.of("plan", "tasks", "acceptance", "improvement");

  private static final Map<String, Known> KNOWN = withConformance(Map.of(
      ModelProperties.REVIEW_LEVEL, new Known(e -> e instanceof UserTask, "a user task",
          v -> v.equals("department") || v.equals("division"), "department or division"),
      ModelProperties.TASK_NAME_PREFIX, new Known(e -> e instanceof UserTask, "a user task",
          v -> !v.isBlank() && v.length() <= 20, "a short Chinese text"),
      ModelProperties.OPTIONS, new Known(e -> e instanceof UserTask, "a user task",
          v -> v.equals("departments"), "departments"),
      ModelProperties.DEADLINE, new Known(e -> e instanceof ServiceTask, "a service task",
          v -> v.equals("INITIAL_RESPONSE") || v.equals("RESULT_FEEDBACK") || v.equals("CONSULTATION_RESPONSE"),
          "INITIAL_RESPONSE or RESULT_FEEDBACK (complaints), CONSULTATION_RESPONSE"),
      ModelProperties.ESCALATION_LEVEL, new Known(e -> e instanceof ServiceTask, "a service task",
          v -> v.equals("1") || v.equals("2"), "1 or 2"),
      ModelProperties.SUPERVISION_LEVEL, new Known(e -> e instanceof UserTask, "a user task",
          v -> v.equals("1") || v.equals("2"), "1 or 2"),
      ProjectContext.CONTEXT_SHOWS, new Known(e -> e instanceof UserTask, "a user task",
          v -> Stream.of(v.split("\\s*,\\s*")).allMatch(SECTIONS::contains), "plan, tasks, acceptance, improvement (comma-separated)"),
      ModelProperties.WORKING_DAYS, new Known(e -> e instanceof UserTask || e instanceof BoundaryEvent b
          && b.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition),
          "a user task or a timer boundary event",
          v -> v.equals(ModelProperties.WORKING_DAYS_DUE_DATE) || v.equals(ModelProperties.WORKING_DAYS_TIMER),
          "dueDate (user task) or timer (timer boundary event)"),
      // the requirement clauses an element implements; the ids are checked by TraceabilityTest
      "clause", new Known(e -> true, "any element", v -> !v.isBlank(), "clause ids")));

  /** The conformance report's properties (com.crmflow.conformance): mandated steps and what passing means. */
  private static Map<String, Known> withConformance(Map<String, Known> known) {
    Map<String, Known> all = new java.util.HashMap<>(known);
    all.put(ModelProperties.MANDATED, new Known(e -> e instanceof org.camunda.bpm.model.bpmn.instance.FlowNode,
        "a flow node (task, event)", v -> parses(() -> MandatedStep.parse(v)),
        "always, when <variable> = <value>[|<value>], when passed <ActivityId>"));
    all.put(ModelProperties.CONFORMANCE, new Known(e -> e instanceof org.camunda.bpm.model.bpmn.instance.FlowNode,
        "a flow node (task, event)", v -> parses(() -> ModelRules.parseSignals(v)),
        "deadlineBreached, escalated, reopened (comma-separated)"));
    return Map.copyOf(all);
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void everyPropertyInTheModelsIsOneTheCodeUnderstands() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        problems.addAll(check(file.toString(), Files.readString(file)));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theProjectTasksSayWhatTheirSummaryShows() throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/customer-project.bpmn").toFile());
    assertThat(property(model, "Task_ReviewPlanByDepartment", ProjectContext.CONTEXT_SHOWS)).isEqualTo("plan");
    assertThat(property(model, "Task_SelfCheck", ProjectContext.CONTEXT_SHOWS)).isEqualTo("tasks");
    assertThat(property(model, "Task_CollectFeedback", ProjectContext.CONTEXT_SHOWS)).isEqualTo("acceptance");
  }

  @Test
  void theFirstPlanAndFeedbackSayWhichTimesCountWorkingDays() throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/customer-project.bpmn").toFile());
    assertThat(property(model, "Task_DraftPlan", ModelProperties.WORKING_DAYS)).isEqualTo("dueDate");
    assertThat(property(model, "Task_CollectFeedback", ModelProperties.WORKING_DAYS)).isEqualTo("dueDate");
    assertThat(property(model, "BoundaryEvent_FirstPlanDueSoon", ModelProperties.WORKING_DAYS)).isEqualTo("timer");
    assertThat(property(model, "BoundaryEvent_FirstPlanOverdue", ModelProperties.WORKING_DAYS)).isEqualTo("timer");
    // a timer value on the task itself, or a due-date value on a timer, is named
    String bpmn = Files.readString(Path.of("processes/customer-project.bpmn"));
    assertThat(check("customer-project.bpmn", bpmn.replaceFirst("name=\"workingDays\" value=\"dueDate\"",
        "name=\"workingDays\" value=\"timers\""))).singleElement().asString()
        .contains("Task_DraftPlan", "workingDays = \"timers\"", "dueDate (user task) or timer");
  }

  @Test
  void theDeadlineServiceTasksSayWhichDeadlineAndLevel() throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());
    assertThat(property(model, "Task_InitialResponseWarn", ModelProperties.DEADLINE)).isEqualTo("INITIAL_RESPONSE");
    assertThat(property(model, "Task_InitialResponseEscalateLevel2", ModelProperties.ESCALATION_LEVEL)).isEqualTo("2");
    String bpmn = Files.readString(Path.of("processes/complaint-handling.bpmn"));
    assertThat(check("complaint-handling.bpmn", bpmn.replaceFirst("value=\"RESULT_FEEDBACK\"", "value=\"FEEDBACK\"")))
        .singleElement().asString().contains("deadline = \"FEEDBACK\"", "INITIAL_RESPONSE or RESULT_FEEDBACK");
  }

  @Test
  void theMandatedStepsAreDeclaredInTheModelsAndAConditionTypoIsNamed() throws IOException {
    BpmnModelInstance complaint = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());
    assertThat(property(complaint, "Task_RespondInitially", ModelProperties.MANDATED)).isEqualTo("always");
    assertThat(property(complaint, "Task_HoldInternalMeeting", ModelProperties.MANDATED))
        .isEqualTo("when meetingNeeded = true");
    assertThat(property(complaint, "Task_InitialResponseEscalateLevel1", ModelProperties.CONFORMANCE))
        .isEqualTo("escalated");
    BpmnModelInstance project = Bpmn.readModelFromFile(Path.of("processes/customer-project.bpmn").toFile());
    assertThat(property(project, "Task_SuperviseOverduePlan", ModelProperties.MANDATED))
        .isEqualTo("when passed BoundaryEvent_FirstPlanOverdue");
    String bpmn = Files.readString(Path.of("processes/complaint-handling.bpmn"));
    assertThat(check("complaint-handling.bpmn", bpmn.replaceFirst("value=\"when meetingNeeded = true\"",
        "value=\"if meetingNeeded\""))).singleElement().asString()
        .contains("Task_HoldInternalMeeting", "mandated = \"if meetingNeeded\"", "when passed <ActivityId>");
    assertThat(check("complaint-handling.bpmn", bpmn.replaceFirst("name=\"conformance\" value=\"escalated\"",
        "name=\"conformance\" value=\"escalation\""))).singleElement().asString()
        .contains("conformance = \"escalation\"", "deadlineBreached, escalated, reopened");
  }

  @Test
  void aTypoInAValueOrANameIsNamedWithFileAndElement() throws IOException {
    String bpmn = Files.readString(Path.of("processes/customer-project.bpmn"));
    String typo = bpmn.replaceFirst("name=\"contextShows\" value=\"plan\"", "name=\"contextShows\" value=\"plans\"");
    assertThat(check("customer-project.bpmn", typo)).singleElement().asString()
        .contains("customer-project.bpmn", "contextShows = \"plans\"", "plan, tasks, acceptance");

    String unknown = bpmn.replaceFirst("name=\"contextShows\"", "name=\"contextShow\"");
    assertThat(check("customer-project.bpmn", unknown)).singleElement().asString()
        .contains("customer-project.bpmn", "contextShow", "no code reads it");
  }

  private static List<String> check(String file, String xml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<String> problems = new ArrayList<>();
    for (CamundaProperty p : model.getModelElementsByType(CamundaProperty.class)) {
      BaseElement element = owner(p);
      String id = element == null ? "-" : element.getId();
      Known known = KNOWN.get(p.getCamundaName());
      if (known == null) {
        problems.add(file + ": " + id + ": extension property " + p.getCamundaName() + " — no code reads it (known: "
            + KNOWN.keySet() + ")");
      } else if (element == null || !known.on().test(element)) {
        problems.add(file + ": " + id + ": extension property " + p.getCamundaName() + " belongs on " + known.where());
      } else if (p.getCamundaValue() == null || !known.value().test(p.getCamundaValue())) {
        problems.add(file + ": " + id + ": " + p.getCamundaName() + " = \"" + p.getCamundaValue() + "\"; allowed: "
            + known.values());
      }
    }
    return problems;
  }

  private static BaseElement owner(CamundaProperty p) {
    var e = p.getParentElement();
    while (e != null && !(e instanceof BaseElement b && !(e instanceof org.camunda.bpm.model.bpmn.instance.ExtensionElements))) {
      e = e.getParentElement();
    }
    return (BaseElement) e;
  }

  private static String property(BpmnModelInstance model, String elementId, String name) {
    BaseElement element = model.getModelElementById(elementId);
    return element.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(ps -> ps.getCamundaProperties().stream()).filter(x -> name.equals(x.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
