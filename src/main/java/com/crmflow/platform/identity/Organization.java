package com.crmflow.platform.identity;

import java.util.List;
import java.util.Optional;

/** The organisation as configured in {@code config/organization.yaml} (+ demo users in the demo profile). */
public record Organization(List<GroupSpec> groups, List<UserSpec> users, String demoPassword, List<TeamSpec> teams) {

  public Organization {
    teams = teams == null ? List.of() : teams;
  }

  /**
   * A team of staff and its leads (组长/主管): a lead sees and maintains the customers owned by the team's members
   * (customer archive access). Users are Camunda user ids.
   */
  public record TeamSpec(String id, String name, List<String> leads, List<String> members) {

    public List<String> leads() {
      return leads == null ? List.of() : leads;
    }

    public List<String> members() {
      return members == null ? List.of() : members;
    }
  }

  /** Whether {@code lead} leads a team that {@code member} belongs to. */
  public boolean leads(String lead, String member) {
    return lead != null && member != null
        && teams.stream().anyMatch(t -> t.leads().contains(lead) && t.members().contains(member));
  }

  /** The members of every team {@code lead} leads. */
  public java.util.Set<String> membersLedBy(String lead) {
    java.util.Set<String> members = new java.util.TreeSet<>();
    teams.stream().filter(t -> t.leads().contains(lead)).forEach(t -> members.addAll(t.members()));
    return members;
  }

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
