package com.crmflow.platform.process;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Extension properties of a model element ({@code <camunda:properties>}, "Extension properties" in Camunda Modeler's
 * properties panel): where behaviour depends on what a task is, the model says so by a property instead of the Java
 * guessing from its id. The models are the engine's cached ones.
 */
public final class ModelProperties {

  /** {@code supervisionLevel} = 1 or 2: a user task in which cs-manager (1) or senior-management (2) supervises. */
  public static final String SUPERVISION_LEVEL = "supervisionLevel";

  /**
   * {@code deadline} = INITIAL_RESPONSE or RESULT_FEEDBACK: a complaint service task that warns about or escalates
   * the deadline of that kind; CONSULTATION_RESPONSE: a consultation service task about its response time.
   */
  public static final String DEADLINE = "deadline";

  /** {@code escalationLevel} = 1 or 2: a service task that escalates a breach to that level. */
  public static final String ESCALATION_LEVEL = "escalationLevel";

  /** {@code reviewLevel} = department or division: which review of the project plan a user task is. */
  public static final String REVIEW_LEVEL = "reviewLevel";

  /** {@code taskNamePrefix}: the Chinese start of a task's name, followed by what it works on (执行任务：…). */
  public static final String TASK_NAME_PREFIX = "taskNamePrefix";

  /** {@code options} = departments: the task's form gets the departments as the options of its select. */
  public static final String OPTIONS = "options";

  /**
   * {@code workingDays}: the element's time counts working days from the start of its user task and is counted
   * again when an administrator changes the working calendar — {@code dueDate} on a user task (its due date),
   * {@code timer} on a timer boundary event of such a task (its due time).
   */
  public static final String WORKING_DAYS = "workingDays";
  /** {@link #WORKING_DAYS} of a user task. */
  public static final String WORKING_DAYS_DUE_DATE = "dueDate";
  /** {@link #WORKING_DAYS} of a timer boundary event. */
  public static final String WORKING_DAYS_TIMER = "timer";

  /**
   * {@code mandated}: the regulation mandates this step — {@code always}, or only under a condition:
   * {@code when <variable> = <value>[|<value>…]} (a process variable had one of the values) or
   * {@code when passed <ActivityId>} (the instance went through that element). The conformance report
   * (com.crmflow.conformance) finds completed instances that did not go through a mandated step.
   */
  public static final String MANDATED = "mandated";

  /**
   * {@code conformance} = deadlineBreached, escalated and/or reopened (comma-separated): an instance that went
   * through this element counts as such in the conformance report.
   */
  public static final String CONFORMANCE = "conformance";

  private ModelProperties() {}

  /** The property of the element a delegate or execution listener runs for. */
  public static Optional<String> of(DelegateExecution execution, String name) {
    return of(execution.getBpmnModelElementInstance(), name);
  }

  /** The property of the task's element in its process model. */
  public static Optional<String> of(DelegateTask task, String name) {
    return of(task.getBpmnModelElementInstance(), name);
  }

  /** The property of a queried task's element (the model comes from the engine's deployment cache). */
  public static Optional<String> of(ProcessEngineServices engine, Task task, String name) {
    if (task.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    BaseElement element = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return of(element, name);
  }

  /** The property of the element {@code elementId} of a model (e.g. one from the engine's deployment cache). */
  public static Optional<String> of(BpmnModelInstance model, String elementId, String name) {
    return of(model == null || elementId == null ? null : (BaseElement) model.getModelElementById(elementId), name);
  }

  static Optional<String> of(BaseElement element, String name) {
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst();
  }
}
