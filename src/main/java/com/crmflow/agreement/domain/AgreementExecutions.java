package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step of an agreement's execution (SPEC P6.4; 001 §7(2)) shares: the execution record of an agreement
 * version in force, its binding to the {@code agreement-execution} instance, the agreement's owner, the obligation
 * items and their lookups, and the end of the execution when the agreement is no longer in force. The steps are
 * {@link ObligationBreakdown} (分解协议义务), {@link ObligationProgressReports} (进度报告, overdue warnings) and
 * {@link CoordinationMeetings} (协调会议 with the risk register).
 *
 * <p>The agreement's owner — who breaks the obligations down and holds the coordination meetings — is the
 * customer's owner (客户负责人) in the customer archive at the time of the step, so a handover of the customer hands
 * the agreement's execution over as well; a customer without an owner falls back to the agreement's drafter.
 */
@Service
@Transactional
public class AgreementExecutions {

  public static final String NOT_STARTED = "not_started";
  public static final String IN_PROGRESS = "in_progress";
  public static final String DONE = "done";
  public static final String BLOCKED = "blocked";
  /** The progress of an obligation as staff read it (进度). */
  public static final Map<String, String> PROGRESS = Map.of(NOT_STARTED, "未开始", IN_PROGRESS, "进行中", DONE, "已完成",
      BLOCKED, "受阻");

  private final Agreements agreements;
  private final AgreementExecutionRepository executions;
  private final AgreementObligationRepository obligations;
  private final ObligationProgressRepository progress;

  public AgreementExecutions(Agreements agreements, AgreementExecutionRepository executions,
      AgreementObligationRepository obligations, ObligationProgressRepository progress) {
    this.agreements = agreements;
    this.executions = executions;
    this.obligations = obligations;
    this.progress = progress;
  }

  public Agreements agreements() {
    return agreements;
  }

  public static String progress(String code) {
    return PROGRESS.getOrDefault(code, code);
  }

  /**
   * The agreement has come into force: its execution starts (once per agreement version; a second call returns the
   * execution there is).
   */
  public AgreementExecution start(Long agreementId) {
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.IN_FORCE, "协议执行");
    Optional<AgreementExecution> existing = executions.findByAgreementId(agreementId);
    if (existing.isPresent()) {
      return existing.get();
    }
    AgreementExecution e = new AgreementExecution();
    e.setAgreementId(agreementId);
    e.setStatus(AgreementExecution.RUNNING);
    e.setStartedAt(agreements.now());
    // the start and the end are on the execution's row (the agreement's journal keeps the agreement's own steps)
    return executions.saveAndFlush(e);
  }

  /** Binds the execution to the process instance working on it, once. */
  public void attachProcess(Long executionId, String processInstanceId) {
    AgreementExecution e = get(executionId);
    if (e.getProcessInstanceId() != null && !e.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("合作协议 " + number(e) + " 的协议执行已由另一个流程实例办理");
    }
    e.setProcessInstanceId(processInstanceId);
  }

  /** The execution a process step works on, checked against the step's process instance. */
  public AgreementExecution boundTo(Long executionId, String processInstanceId) {
    if (executionId == null) {
      throw new BusinessRuleException("流程缺少协议执行编号（executionId）");
    }
    AgreementExecution e = get(executionId);
    if (e.getProcessInstanceId() == null || !e.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("合作协议 " + number(e) + " 的协议执行"
          + (e.getProcessInstanceId() == null ? "尚未由任何流程实例办理" : "属于另一个流程实例") + "，本流程实例不能修改它");
    }
    return e;
  }

  /** The obligation a step works on: it must belong to the execution bound to this process instance. */
  public AgreementObligation boundObligation(Long obligationId, String processInstanceId) {
    if (obligationId == null) {
      throw new BusinessRuleException("流程缺少协议义务编号（obligationId）");
    }
    AgreementObligation o = obligation(obligationId);
    boundTo(o.getExecutionId(), processInstanceId);
    return o;
  }

  public AgreementExecution get(Long executionId) {
    return executions.findById(executionId)
        .orElseThrow(() -> new BusinessRuleException("协议执行不存在：" + executionId));
  }

  @Transactional(readOnly = true)
  public Optional<AgreementExecution> ofAgreement(Long agreementId) {
    return executions.findByAgreementId(agreementId);
  }

  public Agreement agreementOf(AgreementExecution e) {
    return agreements.get(e.getAgreementId());
  }

  public AgreementObligation obligation(Long obligationId) {
    return obligations.findById(obligationId)
        .orElseThrow(() -> new BusinessRuleException("协议义务不存在：" + obligationId));
  }

  @Transactional(readOnly = true)
  public List<AgreementObligation> obligationsOf(Long executionId) {
    return obligations.findByExecutionIdOrderByItemNo(executionId);
  }

  /** The obligations still to be fulfilled, one task each. */
  @Transactional(readOnly = true)
  public List<Long> openObligationIds(Long executionId) {
    return obligations.findByExecutionIdOrderByItemNo(executionId).stream().filter(o -> !DONE.equals(o.getStatus()))
        .map(AgreementObligation::getId).toList();
  }

  @Transactional(readOnly = true)
  public Optional<ObligationProgress> lastReport(Long obligationId) {
    return progress.findFirstByObligationIdOrderByIdDesc(obligationId);
  }

  /** The agreement's owner: the customer's owner in the archive, else the drafter. */
  public String owner(Agreement a) {
    Customer c = agreements.customer(a.getCustomerId());
    return c.getOwner() == null || c.getOwner().isBlank() ? a.getDraftedBy() : c.getOwner();
  }

  public String owner(AgreementExecution e) {
    return owner(agreementOf(e));
  }

  /** Refused unless {@code actor} is the agreement's owner ({@code step} names what they do). */
  void requireOwner(AgreementExecution e, String actor, String step) {
    String owner = owner(e);
    if (actor == null || !actor.equals(owner)) {
      throw new BusinessRuleException(step + "由协议负责人 " + owner + " 办理，" + (actor == null ? "未登录的用户" : actor)
          + " 不能办理");
    }
  }

  /** Refused unless the execution still runs (the agreement is in force). */
  static void requireRunning(AgreementExecution e, Agreement a, String step) {
    if (!AgreementExecution.RUNNING.equals(e.getStatus())) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 的协议执行已结束（" + e.getEndReason()
          + "），不能再" + step);
    }
  }

  /**
   * The agreement is no longer in force (expired, terminated or superseded): the execution ends; open obligations
   * stay as they were reported, for the record.
   */
  public void end(Long executionId) {
    AgreementExecution e = get(executionId);
    if (!AgreementExecution.RUNNING.equals(e.getStatus())) {
      return;
    }
    Agreement a = agreementOf(e);
    String reason = switch (a.getStatus()) {
      case Agreement.TERMINATED -> "协议已终止";
      case Agreement.SUPERSEDED -> "协议已由变更版本取代";
      case Agreement.EXPIRED -> "协议已到期";
      default -> "合作期限届满";
    };
    e.setStatus(AgreementExecution.ENDED);
    e.setEndedAt(agreements.now());
    e.setEndReason(reason);
  }

  private String number(AgreementExecution e) {
    return agreements.get(e.getAgreementId()).getAgreementNumber();
  }
}
