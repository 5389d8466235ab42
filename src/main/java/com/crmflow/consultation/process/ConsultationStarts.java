package com.crmflow.consultation.process;

import static com.crmflow.consultation.process.ConsultationVariables.*;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationInput;
import com.crmflow.consultation.domain.ConsultationIntake;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may record a consultation for which customer, and the start of {@code customer-consultation} from the API.
 * Customer service answers every customer's enquiries (001 §4(2).1: 客服人员及时回复客户咨询): its members choose
 * among all active customers of the archive; anyone else only among the customers they may see
 * ({@link CustomerAccess}). A customer out of sight, inactive or absent is answered as if it did not exist.
 */
@Component
public class ConsultationStarts {

  /** Groups that record consultations of every customer. */
  static final Set<String> RECORD_FOR_ALL = Set.of(CS_SPECIALIST, CS_MANAGER, "camunda-admin");

  private final ConsultationIntake intake;
  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  public ConsultationStarts(ConsultationIntake intake, CustomerDirectory customers, CustomerAccess customerAccess,
      IdentityService identityService, @Lazy RuntimeService runtimeService) {
    this.intake = intake;
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /** Whether {@code user} (with these groups) may pick {@code c} as the enquiring customer. */
  boolean mayRecordFor(Customer c, String user, List<String> groups) {
    return Customer.STATUS_ACTIVE.equals(c.getStatus())
        && (groups.stream().anyMatch(RECORD_FOR_ALL::contains) || customerAccess.canSee(c, user));
  }

  /** Refused (naming the field {@code customerId}) unless {@code user} may record for this customer; null passes. */
  public void requireMayRecordFor(Long customerId, String user) {
    if (customerId == null) {
      return;
    }
    if (user == null) {
      throw new InvalidFieldException("customerId", "受理人未登录，不能受理咨询");
    }
    Customer c = customers.find(customerId).orElse(null);
    if (c == null || !mayRecordFor(c, user, groupsOf(user))) {
      throw new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在");
    }
  }

  List<String> groupsOf(String user) {
    var auth = identityService.getCurrentAuthentication();
    if (auth != null && user.equals(auth.getUserId()) && auth.getGroupIds() != null) {
      return auth.getGroupIds();
    }
    return Engine.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(user).list())
        .stream().map(Group::getId).toList();
  }

  /** Records the consultation and starts its process in one transaction: both or neither. */
  @Transactional
  public Consultation start(ConsultationInput input, String user) {
    ConsultationInput in = intake.check(input);
    requireMayRecordFor(in.customerId(), user);
    Consultation c = intake.receive(in, user);
    try {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, c.getConsultationNumber(),
          Variables.createVariables().putValue(CONSULTATION_ID.getName(), c.getId()).putValue(INITIATOR.getName(), user));
    } catch (AuthorizationException e) {
      throw new ForbiddenException("您无权受理客户咨询（「客户咨询」流程）");
    }
    return c;
  }
}
