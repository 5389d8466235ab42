package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.CommandFields;
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
 * <p>It also turns a {@link BusinessRuleException} thrown by a listener or delegate of any command into a
 * {@link BusinessRuleViolationException}, which the REST API answers with 400 and the rule's message.
 */
public class FormValidationInterceptor extends CommandInterceptor {

  private final Map<String, FormSchema> schemaCache = new ConcurrentHashMap<>();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      validateTask(command);
    } else if (command instanceof SubmitStartFormCmd) {
      validateStart(command);
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
  private void validateTask(Command<?> command) {
    String taskId = (String) read(command, "taskId");
    Map<String, Object> variables = (Map<String, Object>) read(command,
        command instanceof CompleteTaskCmd ? "variables" : "properties");
    CommandContext ctx = Context.getCommandContext();
    TaskEntity task = ctx.runWithoutAuthorization(() -> ctx.getTaskManager().findTaskById(taskId));
    if (task == null || task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return; // unknown or standalone task: the command reports that itself
    }
    // The engine's own permission check first: who may not work the task learns nothing about its form.
    ctx.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    String cacheKey = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    FormSchema schema = schemaCache.computeIfAbsent(cacheKey, k -> loadTaskForm(ctx, taskId));
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
  private void validateStart(Command<?> command) {
    String processDefinitionId = (String) read(command, "processDefinitionId");
    Map<String, Object> variables = (Map<String, Object>) read(command, "variables");
    CommandContext ctx = Context.getCommandContext();
    var definition = ctx.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    ctx.getProcessEngineConfiguration().getCommandCheckers()
        .forEach(checker -> checker.checkCreateProcessInstance(definition));
    FormSchema schema = schemaCache.computeIfAbsent(processDefinitionId + "#start",
        k -> loadStartForm(ctx, processDefinitionId));
    if (schema == NO_FORM) {
      return;
    }
    List<String> problems = FormValidator.validate(schema, SubmittedValues.toJson(variables), valuesKey -> null);
    if (!problems.isEmpty()) {
      throw new FormValidationException(schema.id(), problems);
    }
  }

  private static final FormSchema NO_FORM = new FormSchema(null, List.of());

  private FormSchema loadTaskForm(CommandContext ctx, String taskId) {
    ProcessEngineConfigurationImpl cfg = ctx.getProcessEngineConfiguration();
    TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
    if (task.getTaskDefinition() == null
        || task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionKey() == null) {
      return NO_FORM;
    }
    return ctx.runWithoutAuthorization(() -> {
      try (InputStream in = cfg.getFormService().getDeployedTaskForm(taskId)) {
        return FormSchema.parse(in);
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
    return ctx.runWithoutAuthorization(() -> {
      try (InputStream in = cfg.getFormService().getDeployedStartForm(processDefinitionId)) {
        return FormSchema.parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
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

  private static Object read(Object command, String fieldName) {
    return CommandFields.read(command, fieldName);
  }
}
