package com.crmflow.customer.access;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.identity.Organization;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.web.ApiExceptionHandler;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a customer's data (001 §6, 003 §4.1): its owner, the leads of the owner's teams
 * ({@code teams} in config/organization.yaml), {@code crm-dept}, {@code senior-management}, the auditors
 * ({@code supervisor}, read only) and {@code camunda-admin}; read only, the archive also to whoever an
 * {@link ArchiveReadGrant} names (finance, for the customers whose credit it evaluates). Everyone else sees nothing:
 * the API answers 404 as if the customer did not exist.
 *
 * <p>The no-argument methods ask about the current engine user (the {@code /api} caller, or the Tasklist user
 * inside the engine); without one they answer false. Code that prepares data for someone else (a task's assignee)
 * uses {@link #canSee(Customer, String)}.
 */
@Component
public class CustomerAccess {

  /** See every customer. */
  public static final Set<String> SEE_ALL = Set.of("crm-dept", "senior-management", "supervisor", "camunda-admin");
  /** Change every customer, assign owners and grades. */
  public static final Set<String> MANAGE_ALL = Set.of("crm-dept", "senior-management", "camunda-admin");
  /** Record new customers (account managers become their owners). */
  public static final Set<String> CREATE = Set.of("account-manager", "crm-dept", "senior-management", "camunda-admin");
  /** Bulk import. */
  public static final Set<String> IMPORT = Set.of("crm-dept", "camunda-admin");

  private final IdentityService identityService;
  private final Organization organization;
  private final List<ArchiveReadGrant> readGrants;

  public CustomerAccess(IdentityService identityService, Organization organization,
      List<ArchiveReadGrant> readGrants) {
    this.identityService = identityService;
    this.organization = organization;
    this.readGrants = List.copyOf(readGrants);
  }

  /** Whether the current user may see this customer's data. */
  public boolean canSee(Customer c) {
    String user = user();
    return user != null && canSee(c, user, groups());
  }

  /**
   * Whether the current user may read this customer's archive ({@code GET /api/customers/{id}}): everybody who
   * {@link #canSee(Customer) sees} it, and read only whoever an {@link ArchiveReadGrant} lets in (finance for the
   * customers whose credit it evaluates). Other features' records of the customer keep their own rules
   * ({@link #canSee(Customer)}): a read grant opens the archive, not the leads, visits or agreements behind it.
   */
  public boolean canRead(Customer c) {
    String user = user();
    if (user == null) {
      return false;
    }
    List<String> groups = groups();
    return canSee(c, user, groups) || readGrants.stream().anyMatch(g -> g.grants(c, user, groups));
  }

  /** Whether {@code userId} may see this customer's data (e.g. before putting it into their task). */
  public boolean canSee(Customer c, String userId) {
    return userId != null && canSee(c, userId, groupsOf(userId));
  }

  private boolean canSee(Customer c, String user, Collection<String> groups) {
    return ownsOrLeads(c, user) || groups.stream().anyMatch(SEE_ALL::contains);
  }

  /** Whether the current user may change this customer (owner, team lead, crm-dept, senior-management, admin). */
  public boolean canChange(Customer c) {
    String user = user();
    return user != null && (ownsOrLeads(c, user) || groups().stream().anyMatch(MANAGE_ALL::contains));
  }

  /** Whether the current user may change customer data at all (else: 403 on every change). */
  public boolean mayChangeAny() {
    String user = user();
    return user != null && (mayCreate() || !organization.membersLedBy(user).isEmpty());
  }

  public boolean mayCreate() {
    return user() != null && groups().stream().anyMatch(CREATE::contains);
  }

  /** Owner and grade are assigned by crm-dept / senior-management (and the grading process), not by staff. */
  public boolean mayAssignOwnerAndGrade() {
    return user() != null && groups().stream().anyMatch(MANAGE_ALL::contains);
  }

  public boolean mayImport() {
    return user() != null && groups().stream().anyMatch(IMPORT::contains);
  }

  /** The owners whose customers the current user sees; empty = all customers. */
  public Optional<Set<String>> visibleOwners() {
    String user = user();
    if (user == null) {
      return Optional.of(Set.of());
    }
    if (groups().stream().anyMatch(SEE_ALL::contains)) {
      return Optional.empty();
    }
    Set<String> owners = new TreeSet<>(organization.membersLedBy(user));
    owners.add(user);
    return Optional.of(owners);
  }

  /** Who may read the managers' figures per owner (Cockpit plugin, {@code /api/kpis/**}). */
  public static final String KPI_DENIED =
      "只有团队负责人、客户关系管理部门、高层管理团队、监督部门和系统管理员可以查看客户经理的管理指标";

  /**
   * The owners whose figures the current user may read in the managers' KPIs: empty = every owner (crm-dept,
   * senior-management, supervisor, admin); a team lead: the members of the teams they lead (not themselves — a lead
   * who also owns customers is judged by their own lead). Anyone else: refused with {@link #KPI_DENIED}.
   */
  public Optional<Set<String>> kpiOwners() {
    String user = user();
    if (user == null) {
      throw new ApiExceptionHandler.ForbiddenException(KPI_DENIED);
    }
    if (groups().stream().anyMatch(SEE_ALL::contains)) {
      return Optional.empty();
    }
    Set<String> team = organization.membersLedBy(user);
    if (team.isEmpty()) {
      throw new ApiExceptionHandler.ForbiddenException(KPI_DENIED);
    }
    return Optional.of(new TreeSet<>(team));
  }

  private boolean ownsOrLeads(Customer c, String user) {
    return user.equals(c.getOwner()) || organization.leads(user, c.getOwner());
  }

  private String user() {
    var auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private List<String> groups() {
    var auth = identityService.getCurrentAuthentication();
    return auth.getGroupIds() != null ? auth.getGroupIds() : groupsOf(auth.getUserId());
  }

  private List<String> groupsOf(String userId) {
    return Engine.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .stream().map(Group::getId).toList();
  }
}
