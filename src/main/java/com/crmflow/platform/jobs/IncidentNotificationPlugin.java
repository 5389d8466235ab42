package com.crmflow.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells administrators about every new incident. Camunda's own handlers keep creating the incidents (composite
 * incident handlers: the default handler stays the main one and its incident is the one returned); our
 * {@link IncidentNotifyingHandler} runs beside it for failed jobs and failed external tasks.
 */
@Component
public class IncidentNotificationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<IncidentNotifier> notifier;

  public IncidentNotificationPlugin(ObjectProvider<IncidentNotifier> notifier) {
    this.notifier = notifier;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCompositeIncidentHandlersEnabled(true);
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new IncidentNotifyingHandler(Incident.FAILED_JOB_HANDLER_TYPE, notifier));
    handlers.add(new IncidentNotifyingHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE, notifier));
    configuration.setCustomIncidentHandlers(handlers);
  }
}
