package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Gives a start form its option lists ({@link StartFormOptions}) for the current engine user: inlined as each
 * select's {@code values} into the deployed start form ({@code GetDeployedStartFormCmd}; Tasklist's start dialog
 * reads no variables for a Camunda Form) and added to the start form's variables ({@code GetStartFormVariablesCmd}).
 * The copy {@link FormValidationInterceptor} reads for its own validation keeps its {@code valuesKey}
 * ({@link #withoutOptions}).
 */
public class StartFormOptionsInterceptor extends CommandInterceptor {

  /** Set while the start form is read for validation: that copy keeps its valuesKey. */
  private static final ThreadLocal<Boolean> WITHOUT_OPTIONS = ThreadLocal.withInitial(() -> false);

  private final ObjectMapper json;
  private final Supplier<? extends Collection<StartFormOptions>> startFormOptions;

  /** {@code startFormOptions}: the features' option lists for start forms, looked up when first needed. */
  public StartFormOptionsInterceptor(ObjectMapper json, Supplier<? extends Collection<StartFormOptions>> startFormOptions) {
    this.json = json;
    this.startFormOptions = startFormOptions;
  }

  /** Runs {@code read} so that the start forms it reads come as deployed, without the user's options. */
  static <T> T withoutOptions(Supplier<T> read) {
    WITHOUT_OPTIONS.set(true);
    try {
      return read.get();
    } finally {
      WITHOUT_OPTIONS.remove();
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof GetStartFormVariablesCmd start && result instanceof VariableMap variables) {
      addStartFormOptions(start, variables);
    }
    if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form && !WITHOUT_OPTIONS.get()) {
      @SuppressWarnings("unchecked")
      T withOptions = (T) inlineStartFormOptions(
          (String) FormValidationInterceptor.read(command, "processDefinitionId"), form);
      return withOptions;
    }
    return result;
  }

  /** The options offered for the start form of this definition, or null. */
  private VariableMap offered(String processDefinitionId) {
    var definition = Context.getCommandContext().getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    VariableMap offered = null;
    for (StartFormOptions options : startFormOptions.get()) {
      if (options.processKey().equals(definition.getKey())) {
        offered = options.options();
      }
    }
    return offered;
  }

  private InputStream inlineStartFormOptions(String processDefinitionId, InputStream form) {
    VariableMap offered = offered(processDefinitionId);
    try (form) {
      byte[] bytes = form.readAllBytes();
      if (offered == null) {
        return new ByteArrayInputStream(bytes);
      }
      JsonNode schema = json.readTree(bytes);
      inline(schema.path("components"), offered);
      return new ByteArrayInputStream(json.writeValueAsBytes(schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void inline(JsonNode components, VariableMap offered) throws IOException {
    for (JsonNode c : components) {
      String key = c.path("valuesKey").asText(null);
      if (key != null && offered.containsKey(key) && c instanceof ObjectNode o) {
        Object value = offered.getValue(key, Object.class);
        o.remove("valuesKey");
        o.set("values", json.readTree(String.valueOf(value)));
      }
      inline(c.path("components"), offered);
    }
  }

  private void addStartFormOptions(GetStartFormVariablesCmd command, VariableMap variables) {
    VariableMap offered = offered(command.resourceId);
    if (offered == null) {
      return;
    }
    for (String key : offered.keySet()) {
      if (command.formVariableNames == null || command.formVariableNames.contains(key)) {
        variables.putValueTyped(key, offered.getValueTyped(key));
      }
    }
  }
}
