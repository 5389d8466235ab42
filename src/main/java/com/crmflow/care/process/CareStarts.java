package com.crmflow.care.process;

import static com.crmflow.care.process.CareVariables.CARE_ACTIVITY_ID;
import static com.crmflow.care.process.CareVariables.INITIATOR;
import static com.crmflow.care.process.CareVariables.PROCESS_KEY;

import com.crmflow.care.domain.CareActivities;
import com.crmflow.care.domain.CareActivities.PlanInput;
import com.crmflow.care.domain.CareActivity;
import com.crmflow.care.domain.CareCodes;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which customers a care activity may target, and its start from the API (SPEC P8). The organizer targets only
 * the ACTIVE customers they may see ({@link CustomerAccess}: their own, their team members', every customer for
 * crm-dept): by grade, those of the chosen grades among them; by list, each listed customer must be one of them —
 * any other id is answered as if it did not exist.
 */
@Component
public class CareStarts {

  private final CareActivities activities;
  private final CustomerDirectory customers;
  private final CustomerAccess access;
  private final RuntimeService runtimeService;

  public CareStarts(CareActivities activities, CustomerDirectory customers, CustomerAccess access,
      @Lazy RuntimeService runtimeService) {
    this.activities = activities;
    this.customers = customers;
    this.access = access;
    this.runtimeService = runtimeService;
  }

  /** The ACTIVE customers the current (engine-authenticated) user may target, by name. */
  public List<Customer> targetable() {
    return access.visibleOwners().map(owners -> owners.isEmpty() ? List.<Customer>of()
        : customers.activeCustomersOwnedBy(owners)).orElseGet(() -> customers.activeCustomersOwnedBy(null));
  }

  /** The target customers of a checked plan, for the current user. */
  public List<Long> targets(PlanInput in) {
    if (CareCodes.MODE_GRADE.equals(in.targetMode())) {
      Set<String> grades = Set.copyOf(in.grades());
      return targetable().stream().filter(c -> c.getGrade() != null && grades.contains(c.getGrade()))
          .map(Customer::getId).toList();
    }
    List<Long> ids = new ArrayList<>();
    for (Long id : in.customerIds()) {
      Customer c = customers.find(id).orElse(null);
      if (c == null || !Customer.STATUS_ACTIVE.equals(c.getStatus()) || !access.canSee(c)) {
        throw new InvalidFieldException("customerIds", "客户编号 " + id + " 不存在");
      }
      ids.add(id);
    }
    return ids;
  }

  /** Checks and records the plan with its targets for {@code organizer} (the current user). */
  public CareActivity plan(PlanInput input, String organizer) {
    if (organizer == null) {
      throw new InvalidFieldException("organizer", "制定关怀活动计划需要登录的用户");
    }
    PlanInput in = activities.check(input);
    return activities.plan(in, targets(in), organizer);
  }

  /** {@code POST /api/care-activities}: records the plan and starts its process in one transaction. */
  @Transactional
  public CareActivity start(PlanInput input, String user) {
    CareActivity a = plan(input, user);
    try {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, a.getActivityNumber(), Variables.createVariables()
          .putValue(CARE_ACTIVITY_ID.getName(), a.getId()).putValue(INITIATOR.getName(), user));
    } catch (AuthorizationException e) {
      throw new ForbiddenException("您无权发起客户关怀活动（「客户关怀活动」流程）");
    }
    return a;
  }
}
