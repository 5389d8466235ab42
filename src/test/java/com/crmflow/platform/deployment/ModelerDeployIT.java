package com.crmflow.platform.deployment;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.deployment.ModelDeployer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator deploys a changed diagram from Camunda Modeler: the deploy dialog posts multipart/form-data to
 * /engine-rest/deployment/create with HTTP Basic. And a restart with unchanged models deploys nothing.
 */
@IntegrationTest
class ModelerDeployIT {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired ModelDeployer modelDeployer;

  /** The request Camunda Modeler 5 sends: its fields, then each file as a part named after the file. */
  private static byte[] modelerRequest(String boundary, String diagramName, byte[] diagram) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "customer-project");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("deploy-changed-only", "true");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (var f : fields.entrySet()) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
          + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + diagramName + "\"; filename=\""
        + diagramName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(diagram);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] changedDiagram(String versionTag) throws IOException {
    return Files.readString(Path.of("processes/customer-project.bpmn"), StandardCharsets.UTF_8)
        .replace("camunda:versionTag=\"2026.1\"", "camunda:versionTag=\"" + versionTag + "\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  private long versions() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("customer-project").count();
  }

  @Test
  void anAdministratorDeploysAChangedDiagramFromTheModeler() throws IOException {
    long before = versions();
    String boundary = "----CamundaModeler" + UUID.randomUUID();
    Rest.Response deployed = Rest.as(port, "admin", "admin").postMultipart("/engine-rest/deployment/create", boundary,
        modelerRequest(boundary, "customer-project.bpmn", changedDiagram("modeler-it")));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.json().path("deployedProcessDefinitions")).hasSize(1);
    assertThat(versions()).isEqualTo(before + 1);

    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("customer-project")
        .latestVersion().singleResult();
    assertThat(latest.getVersionTag()).isEqualTo("modeler-it");
    // the diagram came alone, yet its start form resolves within its own deployment
    assertThat(formService.getDeployedStartForm(latest.getId())).isNotNull();

    // the same diagram again: Modeler's deploy-changed-only makes it a no-op
    Rest.Response again = Rest.as(port, "admin", "admin").postMultipart("/engine-rest/deployment/create", boundary,
        modelerRequest(boundary, "customer-project.bpmn", changedDiagram("modeler-it")));
    assertThat(again.status()).isEqualTo(200);
    assertThat(versions()).isEqualTo(before + 1);
  }

  @Test
  void staffCannotDeployAndAnonymousIsNotAsked() throws IOException {
    long before = versions();
    String boundary = "----CamundaModeler" + UUID.randomUUID();
    byte[] body = modelerRequest(boundary, "customer-project.bpmn", changedDiagram("not-allowed"));
    Rest.Response staff = Rest.as(port, "yangjun", "demo").postMultipart("/engine-rest/deployment/create", boundary, body);
    assertThat(staff.status()).isEqualTo(403);
    assertThat(Rest.anonymous(port).postMultipart("/engine-rest/deployment/create", boundary, body).status())
        .isEqualTo(401);
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void restartingWithUnchangedModelsDeploysNothing() {
    long processVersions = versions();
    long deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();
    // what every start of the application runs
    assertThat(modelDeployer.deploy()).isNull();
    assertThat(versions()).isEqualTo(processVersions);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count())
        .isEqualTo(deployments);
  }
}
