package com.crmflow.platform.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Evaluates deployed DMN decisions (what an administrator deployed last, or an exact version) in memory, for bulk
 * work such as regrading every customer: the engine's {@code DecisionService} would write a historic decision
 * instance with all inputs and outputs for every evaluation. Callers record what they need themselves, including
 * the {@link Version} used. Each deployed version is parsed once; the DMN engine (Camunda's default, FEEL by
 * feel-scala) is thread-safe.
 */
@Component
public class DeployedDecisions {

  /** A deployed decision: its definition id (e.g. {@code customer-grading:3:…}) and version number. */
  public record Version(String key, String definitionId, int version) {}

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public DeployedDecisions(RepositoryService repositoryService, IdentityService identityService) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  /** The latest deployed version of the decision. */
  public Version latest(String key) {
    DecisionDefinition d = Engine.asSystem(identityService, () -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).latestVersion().singleResult());
    if (d == null) {
      throw new IllegalStateException("Decision " + key + " is not deployed");
    }
    return new Version(key, d.getId(), d.getVersion());
  }

  /** Evaluates exactly this version. */
  public DmnDecisionResult evaluate(Version version, VariableMap variables) {
    return dmnEngine.evaluateDecision(decision(version), variables);
  }

  private DmnDecision decision(Version version) {
    return parsed.computeIfAbsent(version.definitionId(), id -> Engine.asSystem(identityService, () -> {
      DecisionDefinition d = repositoryService.getDecisionDefinition(id);
      try (InputStream in = repositoryService.getResourceAsStream(d.getDeploymentId(), d.getResourceName())) {
        return dmnEngine.parseDecision(d.getKey(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }
}
