package com.crmflow.platform.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Adds {@link FormValidationInterceptor} to the engine: every task completion and form submission is checked. */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectMapper json;

  public FormValidationPlugin(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
    List<CommandInterceptor> interceptors = post == null ? new ArrayList<>() : new ArrayList<>(post);
    interceptors.add(new FormValidationInterceptor(json));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
