package com.crmflow.project.process;

import static com.crmflow.project.process.ProjectVariables.*;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.identity.Organization;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.Engine;
import com.crmflow.project.domain.TaskExecution;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Option lists for the select fields of the forms ({@code valuesKey}), set just before the task starts:
 * project leads, department heads, executors (members of the group) and the project's tasks. Stored as JSON
 * arrays of {label, value}; the server-side form validation checks submitted values against the same list.
 */
@Component("projectOptions")
public class ProjectOptions {

  private final IdentityService identityService;
  private final Organization organization;
  private final TaskExecution taskExecution;

  private final ObjectMapper json;
  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;

  public ProjectOptions(IdentityService identityService, Organization organization, TaskExecution taskExecution,
      ObjectMapper json, CustomerDirectory customers, CustomerAccess customerAccess) {
    this.json = json;
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.identityService = identityService;
    this.organization = organization;
    this.taskExecution = taskExecution;
  }

  public void projectLeads(DelegateExecution execution) {
    PROJECT_LEAD_OPTIONS.on(execution).set(members("project-lead"));
  }

  public void deptHeads(DelegateExecution execution) {
    DEPT_HEAD_OPTIONS.on(execution).set(members("dept-head"));
  }

  public void executors(DelegateExecution execution) {
    EXECUTOR_OPTIONS.on(execution).set(members("executor"));
  }

  public void projectTasks(DelegateExecution execution) {
    Long projectId = Engine.idVariable(execution, PROJECT_ID);
    ArrayNode options = json.createArrayNode();
    taskExecution.tasksOf(projectId).forEach(t -> options.addObject()
        .put("label", t.getTitle() + "（" + t.getExecutor() + "）")
        .put("value", String.valueOf(t.getId())));
    PROJECT_TASK_OPTIONS.on(execution).set(SpinValues.jsonValue(options.toString()).create());
  }

  /**
   * The start form's customers ({@code customerOptions}): the ACTIVE customers the current engine user may see
   * (003 §2 one archive, 001 §6 visibility: own and led owners' customers; all for crm-dept, senior-management).
   */
  public JsonValue customers() {
    ArrayNode options = json.createArrayNode();
    var owners = customerAccess.visibleOwners();
    for (Customer c : customers.activeCustomersOwnedBy(owners.orElse(null))) {
      String grade = c.getGrade() == null ? "" : "（" + c.getGrade() + " 级）";
      options.addObject().put("label", c.getName() + grade + " · " + c.getId()).put("value", String.valueOf(c.getId()));
    }
    return SpinValues.jsonValue(options.toString()).create();
  }

  /** The option lists of the start form 「收到客户需求」: {@code customerOptions}. */
  public VariableMap startFormOptions() {
    return Variables.createVariables().putValue(CUSTOMER_OPTIONS.getName(), customers());
  }

  /**
   * The customer chosen on the start form, if {@code user} may see it; a customer they may not see is refused as if
   * it did not exist (existence and status are the step's rules).
   */
  public Long visibleCustomer(String chosen, String user) {
    Long id;
    try {
      id = Long.valueOf(chosen == null ? "" : chosen.trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("customerId", "请选择客户");
    }
    customers.find(id).ifPresent(c -> {
      if (!customerAccess.canSee(c, user)) {
        throw new InvalidFieldException("customerId", "客户编号 " + id + " 不存在");
      }
    });
    return id;
  }

  private JsonValue members(String groupId) {
    ArrayNode options = json.createArrayNode();
    for (User u : Engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
        .list())) {
      String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName());
      String dept = organization.user(u.getId()).map(Organization.UserSpec::department).orElse(null);
      String label = (name.isBlank() ? u.getId() : name) + (dept == null ? "" : "（" + dept + "）") + " · " + u.getId();
      options.addObject().put("label", label).put("value", u.getId());
    }
    return SpinValues.jsonValue(options.toString()).create();
  }
}
