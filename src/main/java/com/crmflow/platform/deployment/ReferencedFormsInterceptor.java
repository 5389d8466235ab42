package com.crmflow.platform.deployment;

import com.crmflow.platform.process.CommandFields;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code formRefBinding="deployment"} working when an administrator deploys a changed BPMN from Camunda
 * Modeler, which sends only the diagram.
 *
 * <p>Before a deployment is created, every {@code camunda:formRef} with binding {@code deployment} of its BPMN
 * resources is checked: a form the deployment does not contain is added to it, copied from the latest deployed
 * version of that form. The new process version then carries the forms it was deployed with, like the
 * application's own deployment. A form that was never deployed is left alone; the engine reports it when the task
 * is reached, as it would without this interceptor.
 */
public class ReferencedFormsInterceptor extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ReferencedFormsInterceptor.class);
  private static final String BINDING_DEPLOYMENT = "deployment";

  private final ObjectMapper json;

  /** {@code json}: Spring's ObjectMapper, handed over by {@link ReferencedFormsPlugin}. */
  public ReferencedFormsInterceptor(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeployCmd) {
      addMissingForms((DeploymentBuilderImpl) CommandFields.read(command, "deploymentBuilder"));
    }
    return next.execute(command);
  }

  void addMissingForms(DeploymentBuilderImpl builder) {
    Map<String, ResourceEntity> resources = builder.getDeployment().getResources();
    if (resources == null || resources.isEmpty()) {
      return;
    }
    Set<String> referenced = new TreeSet<>();
    Set<String> contained = new HashSet<>();
    for (ResourceEntity resource : resources.values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        referenced.addAll(deploymentBoundFormRefs(resource.getBytes()));
      } else if (name.endsWith(".form")) {
        String id = formId(resource.getBytes());
        if (id != null) {
          contained.add(id);
        }
      }
    }
    referenced.removeAll(contained);
    if (referenced.isEmpty()) {
      return;
    }
    CommandContext ctx = Context.getCommandContext();
    List<String> added = new ArrayList<>();
    for (String formKey : referenced) {
      CamundaFormDefinitionEntity form = ctx.runWithoutAuthorization(
          () -> ctx.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey));
      if (form == null) {
        continue;
      }
      ResourceEntity source = ctx.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      if (source == null || resources.containsKey(form.getResourceName())) {
        continue;
      }
      builder.addInputStream(form.getResourceName(), new ByteArrayInputStream(source.getBytes()));
      added.add(form.getResourceName());
    }
    if (!added.isEmpty()) {
      LOG.info("Deployment '{}' references forms it does not contain; added their latest versions: {}",
          builder.getDeployment().getName(), added);
    }
  }

  static Set<String> deploymentBoundFormRefs(byte[] bpmn) {
    Set<String> keys = new TreeSet<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    } catch (RuntimeException e) {
      return keys; // not parseable: the deployment itself reports the error
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      addIfDeploymentBound(keys, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      addIfDeploymentBound(keys, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
    }
    return keys;
  }

  private static void addIfDeploymentBound(Set<String> keys, String formRef, String binding) {
    // Only a literal key can be resolved here; an expression is evaluated at run time.
    if (formRef != null && BINDING_DEPLOYMENT.equals(binding) && !formRef.contains("${") && !formRef.contains("#{")) {
      keys.add(formRef);
    }
  }

  String formId(byte[] form) {
    try {
      JsonNode id = json.readTree(form).get("id");
      return id == null || !id.isTextual() ? null : id.asText();
    } catch (IOException e) {
      return null;
    }
  }
}
