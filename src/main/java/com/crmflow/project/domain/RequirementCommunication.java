package com.crmflow.project.domain;

import static com.crmflow.project.domain.Projects.now;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 需求沟通 (000 §2(1)): the account manager registers the requirement, a complex or important one is discussed in a
 * meeting, the customer signs the 《客户需求沟通记录》 which names the project lead, and the related departments are
 * told.
 */
@Service
@Transactional
public class RequirementCommunication {

  private final CustomerDirectory customers;
  private final Projects projects;
  private final ProjectRepository projectRepository;
  private final RequirementMeetingRepository meetings;
  private final RequirementRecordRepository records;
  private final DepartmentNotificationRepository notifications;
  private final NumberGenerator numbers;
  private final GroupMembers groups;

  public RequirementCommunication(CustomerDirectory customers, Projects projects, ProjectRepository projectRepository,
      RequirementMeetingRepository meetings, RequirementRecordRepository records,
      DepartmentNotificationRepository notifications, NumberGenerator numbers, GroupMembers groups) {
    this.customers = customers;
    this.projects = projects;
    this.projectRepository = projectRepository;
    this.meetings = meetings;
    this.records = records;
    this.notifications = notifications;
    this.numbers = numbers;
    this.groups = groups;
  }

  /**
   * 000 §2(1).1: the account manager records the requirement of a customer on file (003 §2: one archive). The
   * customer must exist and be ACTIVE; whether the account manager may see it is checked by the caller.
   */
  public Project registerRequirement(RequirementInput in, String accountManager) {
    Inputs.valid(in);
    Customer customer = customers.find(in.customerId())
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + in.customerId() + " 不存在"));
    if (!Customer.STATUS_ACTIVE.equals(customer.getStatus())) {
      throw new InvalidFieldException("customerId", "客户「" + customer.getName() + "」不是有效客户，不能登记需求");
    }
    Project p = new Project();
    p.setProjectNumber(numbers.next("PRJ", 4));
    p.setCustomerId(customer.getId());
    p.setTitle(in.title().trim());
    p.setDetails(in.details());
    p.setBackground(in.background());
    p.setObjectives(in.objectives());
    p.setRequiredBy(in.requiredBy());
    p.setComplexity(in.complexity());
    p.setStatus(ProjectStatus.REQUIREMENT.name());
    p.setAccountManager(accountManager);
    p.setCreatedAt(now());
    return projectRepository.save(p);
  }

  /** 000 §2(1).2: complex and important requirements are discussed in a meeting, normal ones are not. */
  public boolean meetingNeeded(Project p) {
    return !"normal".equals(p.getComplexity());
  }

  /** 000 §2(1).2 */
  public RequirementMeeting recordMeeting(Long projectId, MeetingInput in, String user) {
    Inputs.valid(in);
    RequirementMeeting m = new RequirementMeeting();
    m.setProjectId(projects.project(projectId).getId());
    m.setMeetingTime(in.meetingTime());
    m.setParticipants(in.participants());
    m.setMinutes(in.minutes());
    m.setRecordedBy(user);
    m.setRecordedAt(now());
    return meetings.save(m);
  }

  /** 000 §2(1).3: the signed 《客户需求沟通记录》; names the project lead, a member of project-lead. */
  public RequirementRecord signRecord(Long projectId, RequirementRecordInput in, String user) {
    Inputs.valid(in);
    groups.require(in.projectLead(), "project-lead", "项目负责人");
    Project p = projects.project(projectId);
    p.setProjectLead(in.projectLead());
    p.setContractNumber(in.contractNumber() == null || in.contractNumber().isBlank() ? null
        : in.contractNumber().trim());
    Projects.move(p, ProjectStatus.PLANNING);
    RequirementRecord r = new RequirementRecord();
    r.setProjectId(p.getId());
    r.setSummary(in.summary());
    r.setRelatedDepartments(String.join(",", new LinkedHashSet<>(in.relatedDepartments())));
    r.setSignerName(in.signerName());
    r.setSignedAt(now());
    r.setRecordedBy(user);
    return records.save(r);
  }

  /** 000 §2(1).3: the record is sent to each related department. */
  public List<DepartmentNotification> notifyDepartments(Long projectId) {
    Project p = projects.project(projectId);
    RequirementRecord r = records.findFirstByProjectIdOrderByIdDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目 " + p.getProjectNumber() + " 尚无已签署的《客户需求沟通记录》"));
    List<DepartmentNotification> sent = new ArrayList<>();
    for (String dept : r.getRelatedDepartments().split(",")) {
      DepartmentNotification n = new DepartmentNotification();
      n.setProjectId(projectId);
      n.setDepartment(dept);
      n.setMessage("《客户需求沟通记录》已签署：项目 " + p.getProjectNumber() + "「" + p.getTitle() + "」，请相关部门知悉并配合。");
      n.setCreatedAt(now());
      sent.add(notifications.save(n));
    }
    return sent;
  }
}
