package com.crmflow.customer.credit;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用评估 (SPEC P3.7; 003 §2.4 信用评估, §4.2 风险控制), one method per step: an evaluation is requested (at most one
 * open per customer), finance evaluates (rating, limit, evidence, valid until), a rating below
 * {@code crm.credit.risk-threshold} waits for crm-dept's risk measures, then the evaluation becomes the customer's
 * CURRENT one (the previous one SUPERSEDED). When it lapses, a re-evaluation is opened for finance.
 */
@Service
@Transactional
public class CreditEvaluations {

  private final CreditEvaluationRepository evaluations;
  private final CustomerDirectory customers;
  private final NumberGenerator numbers;
  private final CreditSettings settings;
  private final Clock clock;

  public CreditEvaluations(CreditEvaluationRepository evaluations, CustomerDirectory customers,
      NumberGenerator numbers, CreditSettings settings, Clock clock) {
    this.evaluations = evaluations;
    this.customers = customers;
    this.numbers = numbers;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new evaluation of an ACTIVE customer for finance; refused while another one of the customer is open. */
  public CreditEvaluation request(Long customerId, String trigger, String requestedBy) {
    Customer c = customers.get(customerId);
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new BusinessRuleException("客户「" + c.getName() + "」不是有效客户，不能评估信用");
    }
    evaluations.findByOpenCustomerId(customerId).ifPresent(open -> {
      throw new ConflictException("客户「" + c.getName() + "」已有进行中的信用评估 " + open.getEvaluationNumber());
    });
    CreditEvaluation e = new CreditEvaluation();
    e.setEvaluationNumber(numbers.next("CRE", 4));
    e.setCustomerId(customerId);
    e.setOpenCustomerId(customerId);
    e.setTriggerKind(trigger);
    e.setStatus(CreditEvaluation.PENDING);
    e.setRequestedBy(requestedBy);
    e.setCreatedAt(clock.instant());
    current(customerId).ifPresent(prev -> e.setPreviousEvaluationId(prev.getId()));
    return evaluations.save(e);
  }

  /** Whether the customer has an open evaluation (then no second one is started). */
  @Transactional(readOnly = true)
  public boolean hasOpen(Long customerId) {
    return evaluations.findByOpenCustomerId(customerId).isPresent();
  }

  /**
   * The evaluation is worked on by this process instance: the instance that started for it (or opened it as a
   * re-evaluation). An evaluation bound to another instance stays with that one.
   */
  public void attachProcess(Long evaluationId, String processInstanceId) {
    CreditEvaluation e = get(evaluationId);
    if (e.getProcessInstanceId() != null && !e.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("信用评估 " + e.getEvaluationNumber() + " 属于另一个流程实例，本流程实例不能修改它");
    }
    e.setProcessInstanceId(processInstanceId);
  }

  /**
   * 003 §2.4: finance's evaluation. Returns whether the rating is below the risk threshold, i.e. whether crm-dept
   * must set risk measures before the evaluation applies (003 §4.2).
   */
  public boolean evaluate(Long evaluationId, EvaluationInput in, String actor) {
    Inputs.valid(in);
    CreditEvaluation e = get(evaluationId);
    requireStatus(e, CreditEvaluation.PENDING, "评估");
    LocalDate today = LocalDate.now(clock);
    if (!in.validUntil().isAfter(today)) {
      throw new InvalidFieldException("validUntil", "有效期至须晚于今天（" + today + "）");
    }
    e.setRating(in.rating());
    e.setCreditLimit(in.creditLimit());
    e.setEvidence(in.evidence().trim());
    e.setValidUntil(in.validUntil());
    e.setEvaluatedBy(actor);
    e.setEvaluatedAt(clock.instant());
    boolean measuresNeeded = riskMeasuresNeeded(in.rating());
    e.setStatus(measuresNeeded ? CreditEvaluation.MEASURES : CreditEvaluation.PENDING);
    return measuresNeeded;
  }

  /** A rating below crm.credit.risk-threshold needs risk measures. */
  public boolean riskMeasuresNeeded(String rating) {
    return CreditRatings.below(rating, settings.riskThreshold());
  }

  /** 003 §4.2: crm-dept's risk measures for a rating below the threshold; only then. */
  public void recordRiskMeasures(Long evaluationId, RiskMeasuresInput in, String actor) {
    Inputs.valid(in);
    CreditEvaluation e = get(evaluationId);
    requireStatus(e, CreditEvaluation.MEASURES, "制定风险控制措施");
    e.setRiskMeasure(in.measure());
    e.setRiskDescription(in.description().trim());
    e.setMeasuresBy(actor);
    e.setMeasuresAt(clock.instant());
  }

  /**
   * The evaluation applies: it becomes the customer's CURRENT evaluation, the previous one SUPERSEDED. Refused
   * before finance rated it, and for a rating below the threshold without risk measures.
   */
  public CreditEvaluation complete(Long evaluationId) {
    CreditEvaluation e = get(evaluationId);
    if (!e.isOpen() || e.getRating() == null) {
      throw new BusinessRuleException("信用评估 " + e.getEvaluationNumber() + " 尚未完成评估，不能生效");
    }
    if (riskMeasuresNeeded(e.getRating()) && e.getRiskMeasure() == null) {
      throw new BusinessRuleException("信用评估 " + e.getEvaluationNumber() + " 的信用等级为 "
          + CreditRatings.label(e.getRating()) + "，须先由客户关系管理部门制定风险控制措施");
    }
    current(e.getCustomerId()).filter(prev -> !prev.getId().equals(e.getId()))
        .ifPresent(prev -> prev.setStatus(CreditEvaluation.SUPERSEDED));
    evaluations.flush();
    e.setStatus(CreditEvaluation.CURRENT);
    e.setOpenCustomerId(null);
    e.setCompletedAt(clock.instant());
    return e;
  }

  /** When the re-evaluation opens: the valid-until day at crm.credit.reevaluation-time (working calendar zone). */
  @Transactional(readOnly = true)
  public Date expiresAt(Long evaluationId) {
    CreditEvaluation e = get(evaluationId);
    return Date.from(e.getValidUntil().atTime(settings.reevaluationTime()).atZone(clock.getZone()).toInstant());
  }

  /**
   * The evaluation lapses: if it is still the customer's CURRENT one it becomes EXPIRED and a re-evaluation for
   * finance is opened (returned); a superseded one, or a customer with an evaluation already open, needs none.
   */
  public Optional<CreditEvaluation> lapse(Long evaluationId) {
    CreditEvaluation e = get(evaluationId);
    if (!CreditEvaluation.CURRENT.equals(e.getStatus()) || hasOpen(e.getCustomerId())) {
      return Optional.empty();
    }
    Customer c = customers.get(e.getCustomerId());
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      return Optional.empty();
    }
    CreditEvaluation next = request(e.getCustomerId(), CreditEvaluation.EXPIRY, "system");
    e.setStatus(CreditEvaluation.EXPIRED);
    next.setPreviousEvaluationId(e.getId());
    return Optional.of(next);
  }

  /** Whether the customer has ever had an evaluation (open, current, superseded or expired). */
  @Transactional(readOnly = true)
  public boolean hasAny(Long customerId) {
    return evaluations.existsByCustomerId(customerId);
  }

  /** The customer's CURRENT evaluation, if any. */
  @Transactional(readOnly = true)
  public Optional<CreditEvaluation> current(Long customerId) {
    return evaluations.findFirstByCustomerIdAndStatusOrderByIdDesc(customerId, CreditEvaluation.CURRENT);
  }

  @Transactional(readOnly = true)
  public CreditEvaluation get(Long evaluationId) {
    return evaluations.findById(evaluationId)
        .orElseThrow(() -> new NotFoundException("找不到信用评估 " + evaluationId));
  }

  /** The evaluation, if it belongs to this process instance (an id rewritten to another evaluation is refused). */
  @Transactional(readOnly = true)
  public CreditEvaluation boundTo(Long evaluationId, String processInstanceId) {
    if (evaluationId == null) {
      throw new BusinessRuleException("流程缺少信用评估编号（evaluationId）");
    }
    CreditEvaluation e = get(evaluationId);
    if (processInstanceId == null || !Objects.equals(e.getProcessInstanceId(), processInstanceId)) {
      throw new BusinessRuleException("信用评估 " + e.getEvaluationNumber() + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return e;
  }

  public Customer customer(Long customerId) {
    return customers.get(customerId);
  }

  public Instant now() {
    return clock.instant();
  }

  private static void requireStatus(CreditEvaluation e, String status, String step) {
    if (!status.equals(e.getStatus())) {
      throw new BusinessRuleException("信用评估 " + e.getEvaluationNumber() + " 当前不能" + step);
    }
  }
}
