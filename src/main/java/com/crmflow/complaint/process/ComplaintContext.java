package com.crmflow.complaint.process;

import static com.crmflow.complaint.domain.ComplaintCodes.*;

import com.crmflow.platform.process.Engine;
import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintAttachment;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintEvent;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code complaint-handling}: a read-only Markdown summary of the complaint
 * (what the customer said, its deadlines and how they stand, the latest steps) in the task-local variable
 * {@code context}, shown at the top of each form. It lives only as long as the task.
 */
@Component("complaintContext")
public class ComplaintContext implements TaskListener {

  private static final int JOURNAL_LINES = 8;

  private final Complaints complaints;
  private final ComplaintTimeLimits timeLimits;
  private final CustomerDirectory customers;

  public ComplaintContext(Complaints complaints, ComplaintTimeLimits timeLimits, CustomerDirectory customers) {
    this.complaints = complaints;
    this.timeLimits = timeLimits;
    this.customers = customers;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = Engine.idVariable(task, ComplaintVariables.COMPLAINT_ID);
    if (id != null) {
      // only the complaint bound to this instance is shown: a rewritten complaintId must not reveal another one
      ComplaintVariables.CONTEXT.on(task).setLocal(summary(complaints.boundTo(id, task.getProcessInstanceId())));
    }
  }

  public String summary(Long complaintId) {
    return summary(complaints.get(complaintId));
  }

  private String summary(Complaint c) {
    Long complaintId = c.getId();
    String customer = customers.find(c.getCustomerId()).map(Customer::getName).orElse("—");
    StringBuilder md = new StringBuilder();
    md.append("**投诉 ").append(c.getComplaintNumber()).append("** · 客户：").append(customer)
        .append(" · 状态：").append(label(STATUSES, c.getStatus()));
    if (c.getEscalationLevel() > 0) {
      md.append(" · **已升级 ").append(c.getEscalationLevel()).append(" 级**");
    }
    if (c.getReopenCount() > 0) {
      md.append(" · 重新处理 ").append(c.getReopenCount()).append(" 次");
    }
    md.append("\n\n渠道：").append(label(CHANNELS, c.getChannel())).append(" · 类别：")
        .append(label(CATEGORIES, c.getCategory())).append(" · 严重程度：").append(label(SEVERITIES, c.getSeverity()))
        .append(" · 受理时间：").append(complaints.shown(c.getReceivedAt())).append(" · 联系方式偏好：")
        .append(label(CONTACT_PREFERENCES, c.getContactPreference()));
    md.append("\n\n> ").append(c.getContent().replace("\n", "\n> "));
    if (c.getCause() != null) {
      md.append("\n\n原因：").append(label(CAUSES, c.getCause())).append(" · 责任部门：")
          .append(c.getResponsibleDepartment()).append(c.getResponsiblePerson() == null ? "" : " " + c.getResponsiblePerson());
    }
    List<ComplaintAttachment.Listed> files = complaints.attachmentsOf(complaintId);
    if (!files.isEmpty()) {
      md.append("\n\n附件：");
      files.forEach(f -> md.append(f.fileName()).append("（").append(f.sizeBytes()).append(" 字节） "));
    }
    md.append("\n\n**处理时限**");
    for (ComplaintDeadline d : timeLimits.deadlinesOf(complaintId)) {
      md.append("\n- ").append(ComplaintTimeLimits.deadlineName(d))
          .append(d.getRoundNo() > 1 ? "（第 " + d.getRoundNo() + " 轮）" : "")
          .append("：").append(complaints.shown(d.getDueAt())).append(" 到期 · ").append(state(d));
    }
    List<ComplaintEvent> journal = complaints.journalOf(complaintId);
    md.append("\n\n**处理记录**");
    for (ComplaintEvent e : journal.subList(Math.max(0, journal.size() - JOURNAL_LINES), journal.size())) {
      md.append("\n- ").append(complaints.shown(e.getCreatedAt())).append(' ')
          .append(e.getNote() == null ? e.getKind() : e.getNote().replace("\n", "；"));
    }
    return md.toString();
  }

  private String state(ComplaintDeadline d) {
    if (d.getMet() != null) {
      return (d.getMet() ? "按时完成" : "**超时完成**") + "（" + complaints.shown(d.getCompletedAt()) + "）";
    }
    return d.getBreachLevel() > 0 ? "**已超时，已升级 " + d.getBreachLevel() + " 级**" : "进行中";
  }
}
