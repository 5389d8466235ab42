package com.crmflow.platform.identity;

import java.util.List;
import java.util.Optional;

/** The organisation as configured in {@code config/organization.yaml} (+ demo users in the demo profile). */
public record Organization(List<GroupSpec> groups, List<UserSpec> users, String demoPassword) {

  /** A Camunda group and what its members may do. */
  public record GroupSpec(String id, String name, List<String> applications, List<String> startProcesses,
      List<String> readProcesses, List<String> viewProcesses) {

    public List<String> applications() {
      return applications == null ? List.of() : applications;
    }

    public List<String> startProcesses() {
      return startProcesses == null ? List.of() : startProcesses;
    }

    public List<String> readProcesses() {
      return readProcesses == null ? List.of() : readProcesses;
    }

    public List<String> viewProcesses() {
      return viewProcesses == null ? List.of() : viewProcesses;
    }
  }

  /** A user; {@code department} labels department heads in review assignments. */
  public record UserSpec(String id, String firstName, String lastName, String email, List<String> groups,
      String department) {

    public String displayName() {
      return (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
    }
  }

  public Optional<GroupSpec> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public Optional<UserSpec> user(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }
}
