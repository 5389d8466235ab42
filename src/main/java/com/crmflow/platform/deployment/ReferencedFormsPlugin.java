package com.crmflow.platform.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Adds {@link ReferencedFormsInterceptor} to the engine: deployments carry the forms their BPMN binds to. */
@Component
public class ReferencedFormsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectMapper json;

  public ReferencedFormsPlugin(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
    List<CommandInterceptor> interceptors = post == null ? new ArrayList<>() : new ArrayList<>(post);
    interceptors.add(new ReferencedFormsInterceptor(json));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
