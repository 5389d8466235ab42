package com.crmflow.platform.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN of {@code processes/} and every form of {@code forms/} as ONE deployment, so a
 * task's {@code formRefBinding="deployment"} always finds the form of the same version.
 *
 * <p>Resources are named by their path from the top-level folder ({@code processes/customer-project.bpmn},
 * {@code forms/project-plan.form}), the same on every machine and inside the jar. Duplicate filtering compares the
 * whole set with the previous deployment of the same name: an unchanged restart deploys nothing; any change
 * deploys the complete set again as new versions.
 */
@Component
@Order(5)
public class ModelDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "crm-process";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final List<String> TOP_FOLDERS = List.of("processes/", "forms/");

  private final RepositoryService repositoryService;
  private final String[] patterns;

  public ModelDeployer(RepositoryService repositoryService,
      CamundaBpmProperties camundaProperties) {
    this.repositoryService = repositoryService;
    // camunda.bpm.deployment-resource-pattern: processes/**/*.bpmn, processes/**/*.dmn, forms/**/*.form
    this.patterns = camundaProperties.getDeploymentResourcePattern();
  }

  @Override
  public void run(ApplicationArguments args) {
    deploy();
  }

  /** @return the new deployment, or null when nothing changed */
  public Deployment deploy() {
    Map<String, Resource> resources = collect();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("crm-process application")
        .enableDuplicateFiltering(false);
    try {
      for (Map.Entry<String, Resource> e : resources.entrySet()) {
        try (InputStream in = e.getValue().getInputStream()) {
          builder.addInputStream(e.getKey(), new java.io.ByteArrayInputStream(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model resources", e);
    }
    var deployment = builder.deployWithResult();
    // Duplicate filtering answers with the previous deployment, whose definition lists are null (not empty).
    boolean created = notEmpty(deployment.getDeployedProcessDefinitions())
        || notEmpty(deployment.getDeployedDecisionDefinitions());
    LOG.info("Models {}: {}", created ? "deployed as " + deployment.getId() : "unchanged", resources.keySet());
    return created ? deployment : null;
  }

  private static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  Map<String, Resource> collect() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> byName = new TreeMap<>();
    for (String pattern : patterns) {
      try {
        for (Resource r : resolver.getResources(pattern)) {
          String name = relativeName(r);
          if (name != null) {
            byName.putIfAbsent(name, r);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot resolve " + pattern, e);
      }
    }
    return byName;
  }

  static String relativeName(Resource r) throws IOException {
    String url = r.getURL().toString();
    for (String top : TOP_FOLDERS) {
      int i = url.lastIndexOf("/" + top);
      if (i >= 0) {
        return url.substring(i + 1);
      }
    }
    return null;
  }
}
