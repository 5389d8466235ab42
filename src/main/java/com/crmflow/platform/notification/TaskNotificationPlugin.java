package com.crmflow.platform.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link TaskNotificationListener} ({@code create} and {@code assignment}) to every user task of every
 * deployed process, after the task's own listeners. The services it uses are looked up when a task event fires:
 * they need the engine, which is still being built when the plugin runs.
 */
@Component
public class TaskNotificationPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener listener;

  public TaskNotificationPlugin(NotificationProperties properties, ObjectProvider<NotificationService> notifications,
      ObjectProvider<Recipients> recipients, ObjectProvider<MailTemplates> templates) {
    this.listener = new TaskNotificationListener(properties, notifications, recipients, templates);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }
}
