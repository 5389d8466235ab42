package com.crmflow.project.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects by stage for the managers' figures (Cockpit plugin): every stage of {@link ProjectStatus}, in order. */
@Service
public class ProjectKpis {

  private final ProjectRepository projects;

  public ProjectKpis(ProjectRepository projects) {
    this.projects = projects;
  }

  public record Stage(String status, String label, long count) {}

  public record Stages(long total, List<Stage> stages) {}

  /** @param owners the account managers whose projects count; empty = all projects */
  @Transactional(readOnly = true)
  public Stages byStage(Optional<? extends Collection<String>> owners) {
    List<Object[]> rows = owners.isEmpty() ? projects.countByStatus()
        : owners.get().isEmpty() ? List.of() : projects.countByStatusManagedBy(owners.get());
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum));
    List<Stage> stages = new ArrayList<>();
    Arrays.stream(ProjectStatus.values()).forEach(s ->
        stages.add(new Stage(s.name(), s.label(), counts.getOrDefault(s.name(), 0L))));
    return new Stages(stages.stream().mapToLong(Stage::count).sum(), stages);
  }
}
