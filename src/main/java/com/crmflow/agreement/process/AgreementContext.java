package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementVariables.*;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDocument;
import com.crmflow.agreement.domain.AgreementDocuments;
import com.crmflow.agreement.domain.AgreementEvent;
import com.crmflow.agreement.domain.AgreementRequest;
import com.crmflow.agreement.domain.AgreementRequests;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.process.form.AgreementReviseForm;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code cooperation-agreement}: a read-only Markdown summary of the agreement
 * (customer, terms, last review, signature, journal) in the task-local variable {@code context}, shown at the top of
 * each form. The revision task also gets the current terms as values of its execution, so that its form opens filled
 * in ({@code agreementRevised} takes them out again).
 */
@Component("agreementContext")
public class AgreementContext implements TaskListener {

  private static final int JOURNAL_LINES = 6;

  private final Agreements agreements;
  private final IdentityService identityService;
  private final AgreementDocuments documents;
  private final AgreementRequests requests;
  private final ObjectProvider<TaskService> taskService;

  public AgreementContext(Agreements agreements, IdentityService identityService, AgreementDocuments documents,
      AgreementRequests requests, ObjectProvider<TaskService> taskService) {
    this.taskService = taskService;
    this.agreements = agreements;
    this.identityService = identityService;
    this.documents = documents;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    Long agreementId = Engine.idVariable(task, AGREEMENT_ID);
    if (agreementId == null) {
      Long requestId = Engine.idVariable(task, REQUEST_ID);
      if (requestId != null) {
        CONTEXT.on(task).setLocal(requestSummary(requests.boundTo(requestId, task.getProcessInstanceId())));
      }
      return;
    }
    // only the agreement bound to this instance is shown, never one a rewritten id points at
    Agreement a = agreements.boundTo(agreementId, task.getProcessInstanceId());
    CONTEXT.on(task).setLocal(summary(a.getId())
        + (TASK_SIGN.equals(task.getTaskDefinitionKey()) ? signingHint(a) : ""));
    if (TASK_REVISE.equals(task.getTaskDefinitionKey())) {
      // on the execution, where the submission of the form lands as well (a task-local copy would shadow it)
      var execution = task.getExecution();
      execution.setVariable(AgreementReviseForm.TITLE, a.getTitle());
      execution.setVariable(AgreementReviseForm.PARTIES, a.getParties());
      execution.setVariable(AgreementReviseForm.RIGHTS_OBLIGATIONS, a.getRightsObligations());
      execution.setVariable(AgreementReviseForm.CONTENT, a.getContent());
      execution.setVariable(AgreementReviseForm.START_DATE, a.getStartDate().toString());
      execution.setVariable(AgreementReviseForm.END_DATE, a.getEndDate().toString());
      execution.setVariable(AgreementReviseForm.PAYMENT_TERMS, a.getPaymentTerms());
      execution.setVariable(AgreementReviseForm.BREACH_LIABILITY, a.getBreachLiability());
    }
  }

  /**
   * After a document was uploaded: the summary of the agreement's open tasks is written again, so that the signing
   * task shows the new document (and that the signed copy is there).
   */
  public void refresh(Agreement a) {
    if (a.getProcessInstanceId() == null) {
      return;
    }
    TaskService tasks = taskService.getObject();
    Engine.asSystem(identityService, () -> {
      for (Task t : tasks.createTaskQuery().processInstanceId(a.getProcessInstanceId()).list()) {
        tasks.setVariableLocal(t.getId(), CONTEXT.getName(), summary(a.getId())
            + (TASK_SIGN.equals(t.getTaskDefinitionKey()) ? signingHint(a) : ""));
      }
      return null;
    });
  }

  public String summary(Long agreementId) {
    Agreement a = agreements.get(agreementId);
    Customer c = agreements.customer(a.getCustomerId());
    StringBuilder md = new StringBuilder();
    md.append("**合作协议 ").append(a.getAgreementNumber()).append("**「").append(oneLine(a.getTitle()))
        .append("」 · 客户：").append(c.getName()).append(" · 状态：").append(Agreements.status(a.getStatus()))
        .append(" · 起草人：").append(person(a.getDraftedBy()));
    md.append("\n\n合作期限：").append(a.getStartDate()).append(" 至 ").append(a.getEndDate())
        .append(" · 协议各方：").append(oneLine(a.getParties()));
    md.append("\n\n**双方的权利和义务**：").append(oneLine(a.getRightsObligations()));
    md.append("\n\n**合作内容**：").append(oneLine(a.getContent()));
    md.append("\n\n**费用支付方式**：").append(oneLine(a.getPaymentTerms()));
    md.append("\n\n**违约责任**：").append(oneLine(a.getBreachLiability()));
    if (a.getReviewRound() > 0) {
      md.append("\n\n**第 ").append(a.getReviewRound()).append(" 轮法务审核**（").append(person(a.getReviewedBy()))
          .append("）：").append(a.getReviewComment() == null ? "无意见" : oneLine(a.getReviewComment()));
    }
    if (a.getSignedOn() != null) {
      md.append("\n\n**签订**：").append(a.getSignedOn()).append(" · 我方授权代表 ")
          .append(oneLine(a.getOurRepresentative())).append(" · 客户方授权代表 ")
          .append(oneLine(a.getCustomerRepresentative()));
    }
    List<AgreementDocument> files = documents.of(agreementId);
    md.append("\n\n**协议文件**");
    if (files.isEmpty()) {
      md.append("：无");
    }
    for (AgreementDocument d : files) {
      md.append("\n- ").append(AgreementDocument.kindLabel(d.getKind())).append("「").append(oneLine(d.getFileName()))
          .append("」（").append(person(d.getUploadedBy())).append("上传）下载：/api/agreements/")
          .append(a.getAgreementNumber()).append("/documents/").append(d.getId());
    }
    List<AgreementEvent> journal = agreements.journalOf(agreementId);
    md.append("\n\n**协议记录**");
    for (AgreementEvent e : journal.subList(Math.max(0, journal.size() - JOURNAL_LINES), journal.size())) {
      md.append("\n- ").append(oneLine(e.getNote()));
    }
    return md.toString();
  }

  /** How to upload the signed copy, which the signing needs (SPEC P6.3). */
  private String signingHint(Agreement a) {
    boolean signed = documents.hasSignedCopy(a.getId());
    return "\n\n**签署版**：" + (signed ? "已上传，可以登记签订。" : "尚未上传 —— 没有签署版不能登记签订。")
        + "上传方法：在本任务的“协议文件”页选择文件类别“签署版”和签字盖章协议的 PDF 或图片，点击“上传”，再回到“表单”页完成本任务"
        + "（接口：POST /api/agreements/" + a.getAgreementNumber() + "/documents，kind=签署版）。";
  }

  /** The task 起草合作协议 of a requested draft: for which customer and why. */
  private String requestSummary(AgreementRequest r) {
    Customer c = agreements.customer(r.getCustomerId());
    return "**起草合作协议** · 客户：" + c.getName() + "（编号 " + c.getId() + "）· 来源：" + r.getSource()
        + "（客户开发转化为合作客户，" + person(r.getRequestedBy()) + "）\n\n客户已确定，不能更换；提交后协议由法务部门审核。";
  }

  private String person(String userId) {
    if (userId == null) {
      return "未指定";
    }
    User u = Engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (u == null) {
      return userId;
    }
    String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName());
    return name.isBlank() ? userId : name + "（" + userId + "）";
  }

  private static String oneLine(String s) {
    return s == null ? "—" : s.replace("\n", "；");
  }
}
