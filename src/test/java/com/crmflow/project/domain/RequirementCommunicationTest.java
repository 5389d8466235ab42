package com.crmflow.project.domain;

import static com.crmflow.project.domain.StepFixtures.NOW;
import static com.crmflow.project.domain.StepFixtures.project;
import static com.crmflow.project.domain.StepFixtures.refused;
import static com.crmflow.project.domain.StepFixtures.savesWithIds;
import static com.crmflow.project.domain.StepFixtures.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.NumberGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 需求沟通 (000 §2(1)) without Spring: registration, meeting, the signed record, the departments told. */
class RequirementCommunicationTest {

  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final ProjectRepository projectRepository = savesWithIds(mock(ProjectRepository.class));
  final RequirementMeetingRepository meetings = savesWithIds(mock(RequirementMeetingRepository.class));
  final RequirementRecordRepository records = savesWithIds(mock(RequirementRecordRepository.class));
  final DepartmentNotificationRepository notifications = savesWithIds(mock(DepartmentNotificationRepository.class));
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final GroupMembers groups = mock(GroupMembers.class);
  final RequirementCommunication step = new RequirementCommunication(customers,
      new Projects(projectRepository, mock(ProjectTaskRepository.class), mock(CustomerOpinionRepository.class)),
      projectRepository, meetings, records, notifications, numbers, groups);

  @BeforeEach
  void clock() {
    StepFixtures.fixClock();
  }

  @AfterEach
  void resetClock() {
    StepFixtures.resetClock();
  }

  static RequirementInput requirement(String title, String complexity) {
    return new RequirementInput(42L, title, "建设 7×24 小时服务热线", null, null,
        LocalDate.of(2027, 3, 1), complexity);
  }

  @Test
  @Verifies("P1.1")
  void aRegisteredRequirementIsANewProjectOfTheAccountManagerForTheCustomer() {
    Customer customer = withId(new Customer(), 42L);
    when(customers.find(42L)).thenReturn(Optional.of(customer));
    when(numbers.next("PRJ", 4)).thenReturn("PRJ-2026-0007");

    Project p = step.registerRequirement(requirement(" 客户服务热线建设 ", "complex"), "zhangwei");

    assertThat(p.getId()).isNotNull();
    assertThat(p.getProjectNumber()).isEqualTo("PRJ-2026-0007");
    assertThat(p.getCustomerId()).isEqualTo(42L);
    assertThat(p.getTitle()).isEqualTo("客户服务热线建设");
    assertThat(p.getStatus()).isEqualTo("REQUIREMENT");
    assertThat(p.getComplexity()).isEqualTo("complex");
    assertThat(p.getRequiredBy()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(p.getAccountManager()).isEqualTo("zhangwei");
    assertThat(p.getCreatedAt()).isEqualTo(NOW);
  }

  @Test
  @Verifies("P1.1")
  void anIncompleteOrUnknownRequirementIsRefusedBeforeAnythingIsWritten() {
    refused(() -> step.registerRequirement(requirement(" ", "urgent"), "zhangwei"), "title",
        "需求名称不能为空", "需求复杂程度取值无效：urgent");
    refused(() -> step.registerRequirement(requirement("热线".repeat(101), "normal"), "zhangwei"), "title",
        "需求名称长度或个数必须在 0 到 200 之间");
    refused(() -> step.registerRequirement(new RequirementInput(null, "热线", "内容", null, null, null,
        null), "zhangwei"), "customerId", "客户不能为空", "需求复杂程度不能为空");
    verifyNoInteractions(customers, numbers);
    verify(projectRepository, never()).save(any());
  }

  @Test
  @Verifies("P1.1")
  void aRequirementIsOnlyForACustomerOnFileThatIsActive() {
    when(customers.find(42L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.registerRequirement(requirement("热线", "normal"), "zhangwei"))
        .isInstanceOf(com.crmflow.platform.process.InvalidFieldException.class).hasMessage("customerId：客户编号 42 不存在");
    Customer closed = withId(new Customer(), 42L);
    closed.setName("华南物流有限公司");
    closed.setStatus("INACTIVE");
    when(customers.find(42L)).thenReturn(Optional.of(closed));
    assertThatThrownBy(() -> step.registerRequirement(requirement("热线", "normal"), "zhangwei"))
        .hasMessage("customerId：客户「华南物流有限公司」不是有效客户，不能登记需求");
    verifyNoInteractions(numbers);
    verify(projectRepository, never()).save(any());
  }

  @Test
  @Verifies("P1.2")
  void onlyComplexAndImportantRequirementsNeedAMeeting() {
    Project p = new Project();
    p.setComplexity("normal");
    assertThat(step.meetingNeeded(p)).isFalse();
    p.setComplexity("complex");
    assertThat(step.meetingNeeded(p)).isTrue();
    p.setComplexity("important");
    assertThat(step.meetingNeeded(p)).isTrue();
  }

  @Test
  @Verifies("P1.2")
  void theMeetingNeedsParticipantsAndMinutes() {
    project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    refused(() -> step.recordMeeting(1L, new MeetingInput("周一上午", "技术部 王强", ""), "zhangwei"), "minutes",
        "会议纪要不能为空");
    verify(meetings, never()).save(any());

    RequirementMeeting m = step.recordMeeting(1L, new MeetingInput("周一上午", "技术部 王强", "确认需求细节"), "zhangwei");
    assertThat(m.getProjectId()).isEqualTo(1L);
    assertThat(m.getParticipants()).isEqualTo("技术部 王强");
    assertThat(m.getMinutes()).isEqualTo("确认需求细节");
    assertThat(m.getRecordedBy()).isEqualTo("zhangwei");
    assertThat(m.getRecordedAt()).isEqualTo(NOW);
  }

  static RequirementRecordInput record(boolean signed, List<String> departments, String lead) {
    return new RequirementRecordInput(signed, "热线需求已确认", departments, lead, "客户代表陈总", " HT-2026-017 ");
  }

  @Test
  @Verifies("P1.3")
  void anUnsignedRecordOrOneWithoutDepartmentsIsRefused() {
    Project p = project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    refused(() -> step.signRecord(1L, record(false, List.of("技术部"), "wangqiang"), "zhangwei"), "signed",
        "《客户需求沟通记录》须经客户对接人签字确认后才能提交");
    refused(() -> step.signRecord(1L, record(true, List.of(), "wangqiang"), "zhangwei"), "relatedDepartments",
        "相关部门不能为空");
    refused(() -> step.signRecord(1L, record(true, List.of("技术部"), " "), "zhangwei"), "projectLead",
        "项目负责人不能为空");
    assertThat(p.getStatus()).isEqualTo("REQUIREMENT");
    verify(records, never()).save(any());
  }

  @Test
  void theProjectLeadMustBeAMemberOfProjectLead() {
    Project p = project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    doThrow(new BusinessRuleException("项目负责人「zhaomin」不是「project-lead」组的成员")).when(groups)
        .require("zhaomin", "project-lead", "项目负责人");
    assertThatThrownBy(() -> step.signRecord(1L, record(true, List.of("技术部"), "zhaomin"), "zhangwei"))
        .hasMessageContaining("zhaomin");
    assertThat(p.getProjectLead()).isNull();
    verify(records, never()).save(any());
  }

  @Test
  @Verifies("P1.3")
  void theSignedRecordNamesTheLeadAndMovesTheProjectToPlanning() {
    Project p = project(1L, ProjectStatus.REQUIREMENT, projectRepository);
    RequirementRecord r = step.signRecord(1L, record(true, List.of("技术部", "客服部", "技术部"), "wangqiang"),
        "zhangwei");
    verify(groups).require("wangqiang", "project-lead", "项目负责人");
    assertThat(p.getProjectLead()).isEqualTo("wangqiang");
    assertThat(p.getStatus()).isEqualTo("PLANNING");
    assertThat(p.getContractNumber()).as("trimmed, for the archive").isEqualTo("HT-2026-017");
    assertThat(r.getRelatedDepartments()).isEqualTo("技术部,客服部");
    assertThat(r.getSignerName()).isEqualTo("客户代表陈总");
    assertThat(r.getSignedAt()).isEqualTo(NOW);
    assertThat(r.getRecordedBy()).isEqualTo("zhangwei");
  }

  @Test
  void aRecordCannotBeSignedTwice() {
    project(1L, ProjectStatus.PLANNING, projectRepository);
    assertThatThrownBy(() -> step.signRecord(1L, record(true, List.of("技术部"), "wangqiang"), "zhangwei"))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("项目状态不能从");
  }

  @Test
  @Verifies("P1.3")
  void eachRelatedDepartmentIsToldOnceTheRecordIsSigned() {
    project(1L, ProjectStatus.PLANNING, projectRepository);
    when(records.findFirstByProjectIdOrderByIdDesc(1L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> step.notifyDepartments(1L)).hasMessageContaining("尚无已签署的《客户需求沟通记录》");

    RequirementRecord r = new RequirementRecord();
    r.setRelatedDepartments("技术部,客服部");
    when(records.findFirstByProjectIdOrderByIdDesc(1L)).thenReturn(Optional.of(r));
    List<DepartmentNotification> sent = step.notifyDepartments(1L);
    assertThat(sent).extracting(DepartmentNotification::getDepartment).containsExactly("技术部", "客服部");
    assertThat(sent).allSatisfy(n -> assertThat(n.getMessage()).contains("PRJ-2026-1").contains("客户服务热线建设"));
  }
}
