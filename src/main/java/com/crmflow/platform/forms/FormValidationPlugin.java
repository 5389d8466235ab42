package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link FormValidationInterceptor} to the engine (every task completion and form submission is checked) and
 * {@link StartFormOptionsInterceptor} (start forms get their option lists).
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectMapper json;
  private final ObjectProvider<StartFormOptions> startFormOptions;

  public FormValidationPlugin(ObjectMapper json, ObjectProvider<StartFormOptions> startFormOptions) {
    this.json = json;
    this.startFormOptions = startFormOptions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
    List<CommandInterceptor> interceptors = post == null ? new ArrayList<>() : new ArrayList<>(post);
    interceptors.add(new FormValidationInterceptor(json));
    interceptors.add(new StartFormOptionsInterceptor(json, () -> startFormOptions.orderedStream().toList()));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
