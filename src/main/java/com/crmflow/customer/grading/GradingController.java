package com.crmflow.customer.grading;

import static com.crmflow.customer.grading.GradingVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.process.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import com.crmflow.customer.grading.form.CustomerMajorChangeForm;

/**
 * A customer's grading from outside Tasklist: the owner (or crm-dept) reports a major change, which regrades the
 * customer at once (message start 客户重大变化 of customer-grading); the grading results and owner changes that
 * explain the customer's grade and owner.
 */
@RestController
public class GradingController {

  /** Groups that see every customer's grading. */
  static final Set<String> OVERSEERS = Set.of("crm-dept", "senior-management", "supervisor", "camunda-admin");

  private final CustomerDirectory customers;
  private final CustomerOwnership ownership;
  private final GradingResultRepository results;
  private final GradingRunRepository runs;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final CustomerAccess access;

  public GradingController(CustomerDirectory customers, CustomerOwnership ownership,
      GradingResultRepository results, GradingRunRepository runs, RuntimeService runtimeService, IdentityService identityService, CurrentUser currentUser,
      CustomerAccess access) {
    this.access = access;
    this.customers = customers;
    this.ownership = ownership;
    this.results = results;
    this.runs = runs;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  /**
   * The JSON of a major change: its rules are those of {@link MajorChange} and {@link
   * com.crmflow.customer.domain.Indicators}, checked by the process's first step (400 naming the field).
   */
  public record MajorChangeRequest(String changeType, String description, BigDecimal annualPurchaseAmount,
      Integer purchaseFrequency, BigDecimal profitContribution, Integer cooperationYears, Integer growthPotential,
      Integer marketInfluence) {}

  public record MajorChangeAccepted(String runNumber, Long runId, String processInstanceId) {}

  /** 202: the customer is being regraded; the changed grade waits for crm-dept's review. */
  @PostMapping("/api/customers/{id}/major-changes")
  public ResponseEntity<MajorChangeAccepted> reportMajorChange(@PathVariable Long id,
      @RequestBody MajorChangeRequest r) {
    Customer c = visible(id);
    String user = currentUser.id();
    if (!user.equals(c.getOwner()) && !currentUser.inAnyOf(Set.of(GradingProcessBindings.CRM_DEPT))) {
      throw new ForbiddenException("只有客户的维护责任人或客户关系管理部门可以报告客户重大变化");
    }
    VariableMap v = Variables.createVariables().putValue(CUSTOMER_ID.getName(), id)
        .putValue(CustomerMajorChangeForm.CHANGE_TYPE, r.changeType())
        .putValue(CustomerMajorChangeForm.DESCRIPTION, r.description()).putValue(REPORTED_BY.getName(), user)
        .putValue(CustomerMajorChangeForm.ANNUAL_PURCHASE_AMOUNT, plain(r.annualPurchaseAmount()))
        .putValue(CustomerMajorChangeForm.PURCHASE_FREQUENCY, r.purchaseFrequency())
        .putValue(CustomerMajorChangeForm.PROFIT_CONTRIBUTION, plain(r.profitContribution()))
        .putValue(CustomerMajorChangeForm.COOPERATION_YEARS, r.cooperationYears())
        .putValue(CustomerMajorChangeForm.GROWTH_POTENTIAL, r.growthPotential())
        .putValue(CustomerMajorChangeForm.MARKET_INFLUENCE, r.marketInfluence());
    ProcessInstance pi;
    try {
      // the caller's permission was checked above; the process runs on the system's behalf
      pi = Engine.asSystem(identityService, () -> runtimeService.createMessageCorrelation(MESSAGE_MAJOR_CHANGE)
          .setVariables(v).correlateStartMessage());
    } catch (BusinessRuleViolationException e) {
      if (e.getCause() instanceof RuntimeException rule) {
        throw rule; // InvalidFieldException: 400 naming the field
      }
      throw e;
    }
    GradingRun run = runs.findByRunNumber(pi.getBusinessKey()).orElseThrow();
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new MajorChangeAccepted(run.getRunNumber(), run.getId(), pi.getId()));
  }

  /**
   * The customer if the caller may see it; a customer they may not see is answered 404 as if it did not exist (as
   * {@code /api/customers/{id}} does), so these endpoints do not tell who has which customers.
   */
  private Customer visible(Long id) {
    Customer c = customers.get(id);
    if (!access.canSee(c)) {
      throw new NotFoundException("找不到客户 " + id);
    }
    return c;
  }

  private static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  public record ResultView(Long resultId, String runNumber, String trigger, Instant gradedAt,
      BigDecimal annualPurchaseAmount, Integer purchaseFrequency, BigDecimal profitContribution,
      Integer cooperationYears, Integer growthPotential, Integer marketInfluence, BigDecimal score, String grade,
      String previousGrade, String status, String finalGrade, String reviewNote, String reviewedBy,
      Instant reviewedAt, Instant appliedAt, String decisionDefinitionId, int decisionVersion) {}

  public record OwnerChangeView(String previousOwner, String newOwner, String grade, String reason, String changedBy,
      Instant changedAt, Instant handoverCompletedAt, String handoverCompletedBy) {}

  public record CustomerGrading(Long customerId, String grade, String owner, Instant gradedAt,
      List<ResultView> results, List<OwnerChangeView> ownerChanges) {}

  /** The customer's grade and owner with the last 50 grading results and every owner change (owner, overseers). */
  @GetMapping("/api/customers/{id}/grading-results")
  public CustomerGrading gradingResults(@PathVariable Long id) {
    Customer c = visible(id);
    if (!currentUser.id().equals(c.getOwner()) && !currentUser.inAnyOf(OVERSEERS)) {
      throw new ForbiddenException("您无权查看该客户的分级记录");
    }
    List<ResultView> views = results.findByCustomerIdOrderByIdDesc(id).stream().limit(50).map(r -> {
      GradingRun run = runs.findById(r.getRunId()).orElseThrow();
      return new ResultView(r.getId(), run.getRunNumber(), run.getTriggerType(), r.getGradedAt(),
          r.getAnnualPurchaseAmount(), r.getPurchaseFrequency(), r.getProfitContribution(), r.getCooperationYears(),
          r.getGrowthPotential(), r.getMarketInfluence(), r.getScore(), r.getGrade(), r.getPreviousGrade(),
          r.getStatus(), r.getFinalGrade(), r.getReviewNote(), r.getReviewedBy(), r.getReviewedAt(), r.getAppliedAt(),
          r.getDecisionDefinitionId(), r.getDecisionVersion());
    }).toList();
    List<OwnerChangeView> changes = ownership.ownerHistory(id).stream().map((OwnerChange o) -> new OwnerChangeView(
        o.getPreviousOwner(), o.getNewOwner(), o.getGrade(), o.getReason(), o.getChangedBy(), o.getChangedAt(),
        o.getHandoverCompletedAt(), o.getHandoverCompletedBy())).toList();
    return new CustomerGrading(c.getId(), c.getGrade(), c.getOwner(), c.getGradedAt(), views, changes);
  }
}
