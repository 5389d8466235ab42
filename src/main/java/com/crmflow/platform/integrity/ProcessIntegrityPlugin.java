package com.crmflow.platform.integrity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Adds the process-integrity checks to the engine: {@link ExternalCommandBoundary} around every command,
 * {@link ExternalCommandPolicy} inside it, and command contexts that log refusals quietly
 * ({@link QuietRefusalsCommandContextFactory}). The variables of external commands are checked by
 * {@link com.crmflow.platform.forms.FormValidationInterceptor}.
 */
@Component
public class ProcessIntegrityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> pre = new ArrayList<>();
    pre.add(new ExternalCommandBoundary());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);

    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    post.add(0, new ExternalCommandPolicy());
    configuration.setCustomPostCommandInterceptorsTxRequired(post);

    // the engine gives its configuration only to a factory it creates itself
    QuietRefusalsCommandContextFactory factory = new QuietRefusalsCommandContextFactory();
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }
}
