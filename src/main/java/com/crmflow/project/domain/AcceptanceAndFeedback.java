package com.crmflow.project.domain;

import static com.crmflow.project.domain.Projects.blank;
import static com.crmflow.project.domain.Projects.now;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 验收与反馈 (000 §2(4).2-3, §2(5).2-3; 002; SPEC P1.13): opinions the customer gives during the project are
 * recorded, answered and, when several departments are involved, resolved jointly; the lead applies for
 * acceptance, the customer decides it (failing results are rectified and accepted again), the accepted project
 * joins the customer's history, and the customer's satisfaction and feedback complete it.
 */
@Service
@Transactional
public class AcceptanceAndFeedback {

  private final Projects projects;
  private final CustomerOpinionRepository opinions;
  private final AcceptanceRepository acceptances;
  private final ProjectFeedbackRepository feedbacks;

  public AcceptanceAndFeedback(Projects projects, CustomerOpinionRepository opinions,
      AcceptanceRepository acceptances, ProjectFeedbackRepository feedbacks) {
    this.projects = projects;
    this.opinions = opinions;
    this.acceptances = acceptances;
    this.feedbacks = feedbacks;
  }

  /** 000 §2(4).2: an opinion from the customer, recorded before the process is told. */
  public CustomerOpinion receiveOpinion(Project p, OpinionInput in) {
    Inputs.valid(in);
    CustomerOpinion o = new CustomerOpinion();
    o.setProjectId(p.getId());
    o.setContent(in.content());
    o.setChannel(in.channel());
    o.setReceivedAt(now());
    return opinions.save(o);
  }

  public CustomerOpinion opinion(Long opinionId) {
    return projects.opinion(opinionId);
  }

  public void answerOpinion(Long opinionId, OpinionAnswer in, String user) {
    Inputs.valid(in);
    CustomerOpinion o = opinion(opinionId);
    o.setAnswer(in.answer());
    o.setMultiDepartment(in.multiDepartment());
    o.setAnsweredBy(user);
    o.setAnsweredAt(now());
  }

  public void resolveOpinionJointly(Long opinionId, JointResolutionInput in) {
    Inputs.valid(in);
    opinion(opinionId).setJointResolution(in.resolution());
  }

  /** 000 §2(5).2: a new acceptance round on the result report. */
  public Acceptance applyForAcceptance(Long projectId, AcceptanceApplication in, String user) {
    Inputs.valid(in);
    int round = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId).map(a -> a.getRoundNo() + 1).orElse(1);
    Acceptance a = new Acceptance();
    a.setProjectId(projectId);
    a.setRoundNo(round);
    a.setResultReport(in.resultReport());
    a.setDocuments(in.documents());
    a.setAppliedBy(user);
    a.setAppliedAt(now());
    Projects.move(projects.project(projectId), ProjectStatus.ACCEPTANCE);
    return acceptances.save(a);
  }

  /** 000 §2(5).3: quality, quantity, delivery time and service level; pass → signed 《项目验收报告》. */
  public Acceptance decideAcceptance(Long projectId, AcceptanceDecision in) {
    Inputs.valid(in);
    boolean allPass = Stream.of(in.quality(), in.quantity(), in.deliveryTime(), in.serviceLevel())
        .allMatch("pass"::equals);
    if (in.passed() && !allPass) {
      throw new BusinessRuleException("质量、数量、交付时间、服务水平有不合格项时，验收结论不能为合格");
    }
    if (in.passed() && blank(in.signerName())) {
      throw new BusinessRuleException("验收合格时，请填写《项目验收报告》签署人");
    }
    if (!in.passed() && blank(in.customerOpinion())) {
      throw new BusinessRuleException("验收不合格时，请填写客户意见，作为整改依据");
    }
    Acceptance current = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚未提交验收申请"));
    if (current.getPassed() != null) {
      // re-acceptance after rectification: a new round on the same result report
      Acceptance next = new Acceptance();
      next.setProjectId(projectId);
      next.setRoundNo(current.getRoundNo() + 1);
      next.setResultReport(current.getResultReport());
      next.setDocuments(current.getDocuments());
      next.setAppliedBy(current.getAppliedBy());
      next.setAppliedAt(now());
      current = acceptances.save(next);
    }
    current.setQuality(in.quality());
    current.setQuantity(in.quantity());
    current.setDeliveryTime(in.deliveryTime());
    current.setServiceLevel(in.serviceLevel());
    current.setPassed(in.passed());
    current.setCustomerOpinion(in.customerOpinion());
    current.setSignerName(in.passed() ? in.signerName() : null);
    current.setDecidedAt(now());
    return current;
  }

  /** 000 §2(5).3: what was rectified after a failed acceptance, on the latest round. */
  public void rectify(Long projectId, RectificationInput in) {
    Inputs.valid(in);
    Acceptance a = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚无验收记录"));
    a.setRectification(in.rectification());
    a.setRectifiedAt(now());
  }

  /** SPEC P1.13: the accepted project becomes part of the customer's cooperation history. */
  public Project archiveAcceptance(Long projectId) {
    Project p = projects.project(projectId);
    Acceptance a = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .filter(x -> Boolean.TRUE.equals(x.getPassed()))
        .orElseThrow(() -> new BusinessRuleException("项目 " + p.getProjectNumber() + " 尚未验收合格"));
    Projects.move(p, ProjectStatus.ACCEPTED);
    p.setAcceptedAt(a.getDecidedAt());
    return p;
  }

  /** 000 §2(4).3, 002: satisfaction and improvement measures after acceptance complete the project. */
  public ProjectFeedback recordFeedback(Long projectId, FeedbackInput in, String user, Instant dueAt) {
    Inputs.valid(in);
    ProjectFeedback f = new ProjectFeedback();
    f.setProjectId(projectId);
    f.setSatisfaction(Integer.parseInt(in.satisfaction()));
    f.setFeedback(in.feedback());
    f.setImprovementMeasures(in.measures());
    f.setAnsweredBy(user);
    f.setAnsweredAt(now());
    f.setDueAt(dueAt);
    Projects.move(projects.project(projectId), ProjectStatus.COMPLETED);
    return feedbacks.save(f);
  }
}
