package com.crmflow.platform.jobs;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sub-handler of Camunda's composite incident handler: collects what administrators need to know about a new
 * incident (process, business key, activity, error) and hands it to the {@link IncidentNotifier}. It creates no
 * incident itself (the default handler does) and leaves resolve/delete to the default handler.
 */
final class IncidentNotifyingHandler implements IncidentHandler {

  private final String type;
  private final ObjectProvider<IncidentNotifier> notifier;

  IncidentNotifyingHandler(String type, ObjectProvider<IncidentNotifier> notifier) {
    this.type = type;
    this.notifier = notifier;
  }

  @Override
  public String getIncidentHandlerType() {
    return type;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    String key = null;
    String name = null;
    if (context.getProcessDefinitionId() != null) {
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
      key = definition.getKey();
      name = definition.getName();
    }
    String processInstanceId = null;
    String businessKey = null;
    if (context.getExecutionId() != null) {
      ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
          .findExecutionById(context.getExecutionId());
      if (execution != null) {
        processInstanceId = execution.getProcessInstanceId();
        businessKey = execution.getProcessBusinessKey();
      }
    }
    IncidentNotifier n = notifier.getIfAvailable();
    if (n != null) {
      n.incidentOpened(new IncidentNotifier.OpenedIncident(type, key, name, businessKey, processInstanceId,
          context.getActivityId(), context.getConfiguration(), message, ClockUtil.getCurrentTime().toInstant()));
    }
    // the composite handler returns the main (default) handler's incident
    return null;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    // nothing to tell: the incident's gauge counts open incidents when it is read
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    // as resolveIncident
  }
}
