package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分解协议义务 (SPEC P6.4; 001 §7(2).1 任务分解与责任落实): the agreement's owner breaks the agreement's obligations
 * down into items — what is to be done, who is responsible (a member of one of
 * {@code crm.agreement.obligation-owner-groups}), by when (not in the past, not after the end of the term) and under
 * which clause. Once; every item then becomes a task of its owner.
 */
@Service
@Transactional
public class ObligationBreakdown {

  public static final int MAX_ITEMS = 50;
  public static final String FIELD = "obligations";

  /** One obligation item. */
  public record ObligationInput(
      @Label("义务内容") @NotBlank @Size(max = 1000) String duty,
      @Label("负责人") @NotBlank @Size(max = 64) String owner,
      @Label("完成期限") @NotNull LocalDate dueDate,
      @Label("关联条款") @Size(max = 200) String clause) {}

  /** All items of the agreement, at least one. */
  public record Breakdown(@Label("协议义务") @NotEmpty @Size(max = MAX_ITEMS) List<@Valid ObligationInput> obligations) {}

  private final AgreementExecutions executions;
  private final AgreementObligationRepository obligations;
  private final GroupMembership groups;
  private final AgreementExecutionSettings settings;

  public ObligationBreakdown(AgreementExecutions executions, AgreementObligationRepository obligations,
      GroupMembership groups, AgreementExecutionSettings settings) {
    this.executions = executions;
    this.obligations = obligations;
    this.groups = groups;
    this.settings = settings;
  }

  public List<AgreementObligation> breakDown(Long executionId, Breakdown in, String actor) {
    Inputs.valid(in);
    AgreementExecution e = executions.get(executionId);
    Agreement a = executions.agreementOf(e);
    AgreementExecutions.requireRunning(e, a, "分解协议义务");
    executions.requireOwner(e, actor, "分解协议义务");
    if (obligations.existsByExecutionId(executionId)) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 的协议义务已经分解，不能再次分解");
    }
    LocalDate today = executions.agreements().today();
    // every rule first, so that a refused item leaves nothing written
    int n = 1;
    for (ObligationInput item : in.obligations()) {
      String name = "第 " + n + " 项义务";
      if (!groups.isMemberOfAny(item.owner(), settings.obligationOwnerGroups())) {
        throw new InvalidFieldException(FIELD, name + "的负责人「" + item.owner() + "」不是可以负责协议义务的人员");
      }
      if (item.dueDate().isBefore(today)) {
        throw new InvalidFieldException(FIELD, name + "的完成期限（" + item.dueDate() + "）不能早于今天（" + today + "）");
      }
      if (item.dueDate().isAfter(a.getEndDate())) {
        throw new InvalidFieldException(FIELD, name + "的完成期限（" + item.dueDate() + "）不能晚于合作结束日期（"
            + a.getEndDate() + "）");
      }
      n++;
    }
    List<AgreementObligation> created = new ArrayList<>();
    n = 1;
    for (ObligationInput item : in.obligations()) {
      AgreementObligation o = new AgreementObligation();
      o.setExecutionId(executionId);
      o.setItemNo(n);
      o.setContent(trim(item.duty()));
      o.setOwner(item.owner().trim());
      o.setDueDate(item.dueDate());
      o.setClause(trim(item.clause()));
      o.setStatus(AgreementExecutions.NOT_STARTED);
      o.setPercentage(0);
      created.add(obligations.save(o));
      n++;
    }
    e.setBrokenDownBy(actor);
    e.setBrokenDownAt(executions.agreements().now());
    executions.agreements().journal(a, "OBLIGATIONS_BROKEN_DOWN", "协议义务分解为 " + created.size() + " 项，落实到负责人",
        actor);
    return created;
  }
}
