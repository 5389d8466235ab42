package com.crmflow.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.ProcessTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A BPMN deployed alone (as Camunda Modeler does) still finds its deployment-bound forms. */
@ProcessTest
class ReferencedFormsTest {

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;

  /** The deployments of this class go again: the other process tests start the latest customer-project. */
  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  private static byte[] changedDiagram() throws IOException {
    String xml = Files.readString(Path.of("processes/customer-project.bpmn"), StandardCharsets.UTF_8);
    return xml.replace("camunda:versionTag=\"2026.1\"", "camunda:versionTag=\"modeler-test\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void diagramDeployedAloneGetsTheFormsItBindsTo() throws IOException {
    DeploymentWithDefinitions deployment = repositoryService.createDeployment().name("customer-project")
        .source("Camunda Modeler").addInputStream("customer-project.bpmn", new ByteArrayInputStream(changedDiagram()))
        .deployWithResult();
    deployments.add(deployment.getId());

    // every form the diagram binds to is now part of its deployment (by form id)
    List<String> formIds = repositoryService.getDeploymentResources(deployment.getId()).stream()
        .filter(r -> r.getName().endsWith(".form"))
        .map(r -> new ReferencedFormsInterceptor(new com.fasterxml.jackson.databind.ObjectMapper()).formId(readResource(deployment.getId(), r.getName()))).toList();
    assertThat(formIds).hasSize(19).containsExactlyInAnyOrderElementsOf(
        ReferencedFormsInterceptor.deploymentBoundFormRefs(changedDiagram()));

    ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
    assertThat(definition.getVersionTag()).isEqualTo("modeler-test");
    try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
      assertThat(new ReferencedFormsInterceptor(new com.fasterxml.jackson.databind.ObjectMapper()).formId(form.readAllBytes())).isEqualTo("project-requirement-intake");
    }
  }

  private byte[] readResource(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void formDeployedWithTheDiagramIsKept() throws IOException {
    String ownForm = """
        {"schemaVersion": 16, "type": "default", "id": "project-requirement-intake",
         "components": [{"type": "textfield", "key": "title", "label": "项目名称（新版）"}]}""";
    DeploymentWithDefinitions deployment = repositoryService.createDeployment().name("customer-project")
        .addInputStream("customer-project.bpmn", new ByteArrayInputStream(changedDiagram()))
        .addString("intake.form", ownForm)
        .deployWithResult();
    deployments.add(deployment.getId());

    List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();
    assertThat(names).contains("intake.form").doesNotContain("forms/project-requirement-intake.form");
    try (InputStream form = formService.getDeployedStartForm(
        deployment.getDeployedProcessDefinitions().get(0).getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("项目名称（新版）");
    }
  }

  @Test
  void onlyLiteralDeploymentBoundReferencesCount() {
    String xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="t"><process id="p" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="s" camunda:formRef="start-form" camunda:formRefBinding="deployment"/>
          <userTask id="a" camunda:formRef="latest-form" camunda:formRefBinding="latest"/>
          <userTask id="b" camunda:formRef="${dynamicForm}" camunda:formRefBinding="deployment"/>
          <userTask id="c" camunda:formRef="task-form" camunda:formRefBinding="deployment"/>
        </process></definitions>""";
    assertThat(ReferencedFormsInterceptor.deploymentBoundFormRefs(xml.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("start-form", "task-form");
  }
}
