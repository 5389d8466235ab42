package com.crmflow.development.process;

import static com.crmflow.development.domain.LeadCodes.*;
import static com.crmflow.development.process.DevelopmentVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.development.domain.Lead;
import com.crmflow.development.domain.LeadFollowUp;
import com.crmflow.development.domain.LeadVisit;
import com.crmflow.development.domain.Leads;
import com.crmflow.platform.process.Engine;
import java.util.List;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Create listener of every user task of {@code customer-development}: a read-only Markdown summary of the lead
 * (channel, company, needs, stage, latest visit plan and the last follow-ups) in the task-local variable
 * {@code context}, shown at the top of each form.
 */
@Component("developmentContext")
public class DevelopmentContext implements TaskListener {

  private static final int FOLLOW_UP_LINES = 3;

  private final Leads leads;

  public DevelopmentContext(Leads leads) {
    this.leads = leads;
  }

  @Override
  public void notify(DelegateTask task) {
    Long leadId = Engine.idVariable(task, LEAD_ID);
    if (leadId == null) {
      return;
    }
    // only the lead bound to this instance is shown, never one a rewritten id points at
    CONTEXT.on(task).setLocal(summary(leads.boundTo(leadId, task.getProcessInstanceId()).getId()));
  }

  public String summary(Long leadId) {
    Lead l = leads.get(leadId);
    Customer c = leads.customer(l);
    StringBuilder md = new StringBuilder();
    md.append("**销售线索 ").append(l.getLeadNumber()).append("** · 客户：").append(c.getName())
        .append(c.getGrade() == null ? "" : "（" + c.getGrade() + ("D".equals(c.getGrade()) ? " 潜在客户）" : " 级客户）"))
        .append(" · 来源：").append(label(CHANNELS, l.getChannel()));
    if (l.getSourceReference() != null) {
      md.append("（咨询 ").append(l.getSourceReference()).append("）");
    }
    if (l.getReferrer() != null) {
      md.append("（推荐员工：").append(l.getReferrer()).append("）");
    }
    md.append(" · 跟进人：").append(l.getOwner()).append(" · 状态：").append(label(STATUSES, l.getStatus()));
    md.append("\n\n行业：").append(l.getIndustry() == null ? "—" : l.getIndustry()).append(" · 需求：").append(oneLine(l.getNeeds()));
    if (l.getBackground() != null) {
      md.append("\n\n背景：").append(oneLine(l.getBackground()));
    }
    if (l.getIntention() != null) {
      md.append("\n\n合作意向：").append(label(INTENTIONS, l.getIntention())).append(" · 下一步：")
          .append(oneLine(l.getNextStep()));
    }
    leads.latestVisit(leadId).ifPresent(v -> {
      md.append("\n\n**拜访计划**（").append(v.getPlannedDate()).append(v.getPlannedTime() == null ? ""
          : " " + v.getPlannedTime()).append("）目的：").append(oneLine(v.getPurpose())).append("\n\n参与人员：")
          .append(oneLine(v.getAttendees()));
      if (LeadVisit.NOT_CONFIRMED.equals(v.getStatus())) {
        md.append("\n\n客户未确认：").append(oneLine(v.getConfirmationNote()));
      }
    });
    List<LeadFollowUp> followUps = leads.followUpsOf(leadId);
    if (!followUps.isEmpty()) {
      md.append("\n\n**跟进记录**");
      for (LeadFollowUp f : followUps.subList(Math.max(0, followUps.size() - FOLLOW_UP_LINES), followUps.size())) {
        md.append("\n- ").append(f.getContactedOn()).append(' ').append(label(WAYS, f.getWay())).append("：")
            .append(oneLine(f.getContent())).append("；客户反馈：").append(oneLine(f.getFeedback()));
      }
    }
    if (l.getEscalatedAt() != null) {
      md.append("\n\n**已超过规定时间未联系客户，已升级客户关系管理部门督办**");
    }
    return md.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "—" : s.replace("\n", "；");
  }
}
