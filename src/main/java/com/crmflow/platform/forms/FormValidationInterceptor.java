package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.integrity.EngineRequestException;
import com.crmflow.platform.integrity.ExternalCommandPolicy;
import com.crmflow.platform.integrity.ExternalRequests;
import com.crmflow.platform.process.CommandFields;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Server-side validation of Camunda Forms, for every process and task alike.
 *
 * <p>Camunda Forms validate only in the browser; the engine accepts anything. This interceptor sees each
 * {@code complete}, task {@code submit-form} and start {@code submit-form} command — whether it came from
 * Tasklist, the REST API or Java — looks up the deployed form of that task (or start event) and refuses values
 * that miss a required field, have the wrong type or lie outside the field's options. It runs inside the command's
 * transaction before the command itself, so a refusal changes nothing and the task stays open.
 *
 * <p>Commands that come straight from a user's request to Camunda's REST API ({@link ExternalRequests}) are held to
 * more: a submission may carry only the keys its form declares (never ids, assignees or other variables the process
 * owns); a plain {@code /start} by a non-administrator is validated exactly like the start form; variables set
 * directly on a task may only be that task's form fields, and on an execution or process instance only an
 * administrator may set any (Cockpit repairs). No external command may carry an {@code Object} value (a serialized
 * Java object, which the engine would build from the user's bytes or JSON) or text with NUL or unpaired surrogate
 * characters. Refusals are 400 naming the key.
 *
 * <p>It also turns a {@link BusinessRuleException} thrown by a listener or delegate of any command into a
 * {@link BusinessRuleViolationException}, which the REST API answers with 400 and the rule's message.
 */
public class FormValidationInterceptor extends CommandInterceptor {

  private final Map<String, FormSchema> schemaCache = new ConcurrentHashMap<>();
  private final ObjectMapper json;

  /** {@code json}: Spring's ObjectMapper, handed over by {@link FormValidationPlugin}. */
  public FormValidationInterceptor(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean external = ExternalRequests.isExternalCommand();
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      validateTask(command, external);
    } else if (command instanceof SubmitStartFormCmd) {
      validateStart(command, external);
    } else if (external) {
      validateExternalVariables(command);
    }
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      BusinessRuleException rule = findRuleViolation(e);
      if (rule != null) {
        // Listener exceptions arrive wrapped as ProcessEngineException, delegate exceptions bare: both would be
        // HTTP 500 on the engine REST API; the user needs the rule (400, as a form field validation failure).
        throw new BusinessRuleViolationException(rule.getMessage(), rule);
      }
      throw e;
    }
  }

  private static BusinessRuleException findRuleViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessRuleException b) {
        return b;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private void validateTask(Command<?> command, boolean external) {
    String taskId = (String) read(command, "taskId");
    Map<String, Object> variables = (Map<String, Object>) read(command,
        command instanceof CompleteTaskCmd ? "variables" : "properties");
    CommandContext ctx = Context.getCommandContext();
    TaskEntity task = ctx.runWithoutAuthorization(() -> ctx.getTaskManager().findTaskById(taskId));
    if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return; // unknown or standalone task: the command reports that itself
    }
    try {
      validateTaskValues(ctx, task, variables, external);
    } catch (RuntimeException refused) {
      // The engine's own permission check before any refusal: who may not work the task learns nothing about its
      // form. An accepted submission is checked by the command itself (CompleteTaskCmd, SubmitTaskFormCmd check
      // TASK_WORK first), so it is not checked twice (issue 9: one authorization query less per submission).
      ctx.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      throw refused;
    }
  }

  /** Reads only (the task's form and option variables); throws the refusal of the submitted values. */
  private void validateTaskValues(CommandContext ctx, TaskEntity task, Map<String, Object> variables,
      boolean external) {
    String cacheKey = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    FormSchema schema = schemaCache.computeIfAbsent(cacheKey, k -> loadTaskForm(ctx, task.getId()));
    if (external) {
      checkValues(variables);
      refuseUndeclared(schema, variables == null ? List.of() : variables.keySet(), "任务「" + task.getName() + "」的表单");
    }
    if (schema == NO_FORM) {
      return;
    }
    List<String> problems = FormValidator.validate(schema, SubmittedValues.toJson(variables),
        valuesKey -> optionValues(ctx.runWithoutAuthorization(() -> task.getVariable(valuesKey))));
    if (!problems.isEmpty()) {
      throw new FormValidationException(task.getName() != null ? task.getName() : schema.id(), problems);
    }
  }

  @SuppressWarnings("unchecked")
  private void validateStart(Command<?> command, boolean external) {
    String processDefinitionId = (String) read(command, "processDefinitionId");
    Map<String, Object> variables = (Map<String, Object>) read(command, "variables");
    validateStart(processDefinitionId, variables, external);
  }

  private void validateStart(String processDefinitionId, Map<String, Object> variables, boolean external) {
    CommandContext ctx = Context.getCommandContext();
    var definition = ctx.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    ctx.getProcessEngineConfiguration().getCommandCheckers()
        .forEach(checker -> checker.checkCreateProcessInstance(definition));
    FormSchema schema = schemaCache.computeIfAbsent(processDefinitionId + "#start",
        k -> loadStartForm(ctx, processDefinitionId));
    if (external) {
      checkValues(variables);
      String processName = definition.getName() != null ? definition.getName() : definition.getKey();
      refuseUndeclared(schema, variables == null ? List.of() : variables.keySet(),
          "流程「" + processName + "」的启动表单");
    }
    if (schema == NO_FORM) {
      return;
    }
    List<String> problems = FormValidator.validate(schema, SubmittedValues.toJson(variables), valuesKey -> null);
    if (!problems.isEmpty()) {
      throw new FormValidationException(schema.id(), problems);
    }
  }

  private static final FormSchema NO_FORM = new FormSchema(null, List.of());

  /**
   * External commands other than form submissions that carry variables: a plain start, variables set or removed on a
   * task, an execution or a process instance. (Start instructions, correlation, signals and the like are refused to
   * non-administrators by {@link com.crmflow.platform.integrity.ExternalCommandPolicy}.)
   */
  @SuppressWarnings("unchecked")
  private void validateExternalVariables(Command<?> command) {
    CommandContext ctx = Context.getCommandContext();
    boolean admin = ExternalCommandPolicy.isAdmin(ctx);
    if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
      Map<String, Object> variables = builder.getVariables();
      checkValues(variables);
      if (!admin && command instanceof StartProcessInstanceCmd) {
        // a plain start by staff is a start-form submission by another door: the same keys and values
        validateStart(definitionIdOf(ctx, builder), variables, true);
      }
    } else if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd) {
      String taskId = (String) read(command, "entityId");
      Map<String, Object> variables = command instanceof RemoveTaskVariablesCmd ? Map.of()
          : (Map<String, Object>) read(command, "variables");
      checkValues(variables);
      if (!admin) {
        validateTaskVariables(ctx, taskId, variables, removedNames(command));
      }
    } else if (command instanceof SetExecutionVariablesCmd || command instanceof PatchExecutionVariablesCmd
        || command instanceof RemoveExecutionVariablesCmd) {
      Map<String, Object> variables = command instanceof RemoveExecutionVariablesCmd ? Map.of()
          : (Map<String, Object>) read(command, "variables");
      checkValues(variables);
      if (!admin) {
        Set<String> names = new LinkedHashSet<>();
        if (variables != null) {
          names.addAll(variables.keySet());
        }
        names.addAll(removedNames(command));
        if (!names.isEmpty()) {
          String key = names.iterator().next();
          throw EngineRequestException.badRequest(key, "流程变量「" + key
              + "」由流程自身维护，只有系统管理员可以直接修改；请通过任务表单办理");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> removedNames(Command<?> command) {
    Object names = command instanceof AbstractPatchVariablesCmd ? read(command, "deletions")
        : command instanceof AbstractRemoveVariableCmd ? read(command, "variableNames") : null;
    return names == null ? List.of() : (Collection<String>) names;
  }

  /** Variables set or removed directly on a task: only its form's fields, with the form's rules for each. */
  private void validateTaskVariables(CommandContext ctx, String taskId, Map<String, Object> variables,
      Collection<String> removed) {
    TaskEntity task = ctx.runWithoutAuthorization(() -> ctx.getTaskManager().findTaskById(taskId));
    if (task == null) {
      return; // ExternalCommandPolicy answered 404 already
    }
    FormSchema schema = task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null ? NO_FORM
        : schemaCache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
            k -> loadTaskForm(ctx, taskId));
    Set<String> names = new LinkedHashSet<>();
    if (variables != null) {
      names.addAll(variables.keySet());
    }
    names.addAll(removed);
    refuseUndeclared(schema, names, "任务「" + task.getName() + "」的表单");
    if (schema != NO_FORM && variables != null && !variables.isEmpty()) {
      List<String> problems = FormValidator.validatePresent(schema, SubmittedValues.toJson(variables),
          valuesKey -> optionValues(ctx.runWithoutAuthorization(() -> task.getVariable(valuesKey))));
      if (!problems.isEmpty()) {
        throw new FormValidationException(task.getName() != null ? task.getName() : schema.id(), problems);
      }
    }
  }

  private static String definitionIdOf(CommandContext ctx, ProcessInstantiationBuilderImpl builder) {
    if (builder.getProcessDefinitionId() != null) {
      return builder.getProcessDefinitionId();
    }
    var cache = ctx.getProcessEngineConfiguration().getDeploymentCache();
    var definition = builder.isProcessDefinitionTenantIdSet() && builder.getProcessDefinitionTenantId() != null
        ? cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(builder.getProcessDefinitionKey(),
            builder.getProcessDefinitionTenantId())
        : cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
    return definition.getId();
  }

  /** 400 naming the first key the form does not declare (all keys when there is no form). */
  private static void refuseUndeclared(FormSchema schema, Collection<String> keys, String formName) {
    List<String> problems = FormValidator.undeclared(schema, keys, formName);
    if (!problems.isEmpty()) {
      String key = keys.stream().filter(k -> !schema.declaredKeys().contains(k)).findFirst().orElse(null);
      throw EngineRequestException.badRequest(key, String.join("；", problems));
    }
  }

  /** No serialized Java objects, no NUL or unpaired surrogates, in any submitted value (400 naming the key). */
  private static void checkValues(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    for (String key : variables.keySet()) {
      String keyProblem = TextSafety.problem(key);
      if (keyProblem != null) {
        throw EngineRequestException.badRequest(null, "变量名" + keyProblem);
      }
      // a VariableMap's get() would deserialize an Object value: look at the typed value only
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(key) : variables.get(key);
      if (isObjectValue(value)) {
        throw EngineRequestException.badRequest(key, "「" + key
            + "」的类型为 Object（序列化的 Java 对象），不接受；请提交文本、数字、布尔值、日期或 JSON");
      }
      if (value instanceof TypedValue tv && !(tv instanceof SerializableValue)) {
        value = tv.getValue();
      }
      String problem = value instanceof String s ? TextSafety.problem(s)
          : value instanceof byte[] || value instanceof java.io.InputStream ? null
          : TextSafety.problem(SubmittedValues.toJson(value));
      if (problem != null) {
        throw EngineRequestException.badRequest(key, "「" + key + "」" + problem);
      }
    }
  }

  private static boolean isObjectValue(Object value) {
    if (value instanceof SerializableValue sv) {
      return ValueType.OBJECT.equals(sv.getType())
          || JAVA_SERIALIZATION.equals(sv.getSerializationDataFormat());
    }
    if (value instanceof TypedValue) {
      return false;
    }
    // untyped values: what JSON and the form fields produce; anything else is a Java object from a caller
    return value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof java.util.Date || value instanceof Map || value instanceof Collection
        || value instanceof byte[] || value instanceof SpinJsonNode);
  }

  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

  private FormSchema loadTaskForm(CommandContext ctx, String taskId) {
    ProcessEngineConfigurationImpl cfg = ctx.getProcessEngineConfiguration();
    TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
    if (task.getTaskDefinition() == null
        || task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionKey() == null) {
      return NO_FORM;
    }
    return ctx.runWithoutAuthorization(() -> {
      try (InputStream in = cfg.getFormService().getDeployedTaskForm(taskId)) {
        return FormSchema.parse(json, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private FormSchema loadStartForm(CommandContext ctx, String processDefinitionId) {
    ProcessEngineConfigurationImpl cfg = ctx.getProcessEngineConfiguration();
    var definition = ctx.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    if (definition.getStartFormDefinition() == null
        || definition.getStartFormDefinition().getCamundaFormDefinitionKey() == null) {
      return NO_FORM;
    }
    // the form as deployed, with its valuesKey (StartFormOptionsInterceptor leaves this copy alone)
    return ctx.runWithoutAuthorization(() -> StartFormOptionsInterceptor.withoutOptions(() -> {
      try (InputStream in = cfg.getFormService().getDeployedStartForm(processDefinitionId)) {
        return FormSchema.parse(json, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  private static Set<String> optionValues(Object variable) {
    JsonNode options = SubmittedValues.toJson(variable);
    if (!options.isArray()) {
      return null;
    }
    Set<String> values = new HashSet<>();
    options.forEach(o -> values.add(o.isObject() ? o.path("value").asText() : o.asText()));
    return values;
  }

  static Object read(Object command, String fieldName) {
    return CommandFields.read(command, fieldName);
  }
}
