package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** 负责人变更 without Spring: who may become the owner, the reason, what is recorded. */
class CustomerOwnershipTest {

  static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

  CustomerRepository customers = mock(CustomerRepository.class);
  OwnerChangeRepository ownerChanges = mock(OwnerChangeRepository.class);
  OwnerEligibility eligibility = mock(OwnerEligibility.class);
  AuditLog audit = mock(AuditLog.class);
  ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  CustomerOwnership ownership = new CustomerOwnership(customers, ownerChanges, eligibility, audit, events);
  Customer customer = new Customer();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    ReflectionTestUtils.setField(customer, "id", 7L);
    customer.setGrade("B");
    customer.setOwner("lina");
    when(customers.findById(7L)).thenReturn(Optional.of(customer));
    when(eligibility.userExists("luojing")).thenReturn(true);
    when(eligibility.userExists("songyu")).thenReturn(true);
    when(eligibility.userExists("lina")).thenReturn(true);
    when(eligibility.isEligible("luojing", "B")).thenReturn(true);
    when(eligibility.isEligible("lina", "B")).thenReturn(true);
    when(eligibility.groups("B")).thenReturn(List.of("am-core"));
    when(ownerChanges.save(any())).thenAnswer(i -> i.getArgument(0));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  void refused(OwnerChangeInput in, String field, String message) {
    assertThatThrownBy(() -> ownership.changeOwner(7L, in, "wuxia"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @Test
  void noOneUnknownUsersStaffOutsideTheGradesGroupsAndNoReasonAreRefused() {
    refused(new OwnerChangeInput(null, "离职"), "owner", "新责任人不能为空：客户必须有一名责任人");
    refused(new OwnerChangeInput("  ", "离职"), "owner", "客户必须有一名责任人");
    refused(new OwnerChangeInput("ghost", "离职"), "owner", "用户「ghost」不存在");
    refused(new OwnerChangeInput("songyu", "离职"), "owner", "用户「songyu」不能担任B 核心客户的责任人（可担任的组：am-core）");
    refused(new OwnerChangeInput("luojing", " "), "reason", "变更原因不能为空：请说明变更责任人的原因");
    assertThat(customer.getOwner()).isEqualTo("lina");
    verify(ownerChanges, never()).save(any());
    verifyNoInteractions(events, audit);
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    assertThatThrownBy(() -> ownership.changeOwner(8L, new OwnerChangeInput("luojing", "调整"), "wuxia"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theNewOwnerIsRecordedWithWhoWhenAndWhy() {
    OwnerChange change = ownership.changeOwner(7L, new OwnerChangeInput(" luojing ", " 工作调整 "), "wuxia");

    assertThat(customer.getOwner()).isEqualTo("luojing");
    assertThat(customer.getUpdatedAt()).isEqualTo(NOW);
    assertThat(change.getPreviousOwner()).isEqualTo("lina");
    assertThat(change.getNewOwner()).isEqualTo("luojing");
    assertThat(change.getGrade()).isEqualTo("B");
    assertThat(change.getReason()).isEqualTo("工作调整");
    assertThat(change.getChangedBy()).isEqualTo("wuxia");
    assertThat(change.getChangedAt()).isEqualTo(NOW);
    verify(events).publishEvent(new CustomerOwnerChanged(7L, "lina", "luojing", " 工作调整 ", "wuxia"));
    verify(audit).record("wuxia", AuditLog.OWNER_CHANGE, "customer", 7L, "owner lina → luojing; reason: 工作调整");
  }

  @Test
  void theSameOwnerAgainChangesNothingAndALongReasonIsShortened() {
    assertThat(ownership.changeOwner(7L, new OwnerChangeInput("lina", "再次指定"), "wuxia")).isNull();
    verifyNoInteractions(events, audit);

    OwnerChange change = ownership.changeOwner(7L, new OwnerChangeInput("luojing", "因".repeat(600)), null);
    assertThat(change.getReason()).hasSize(501).endsWith("…");
    assertThat(change.getChangedBy()).isEqualTo("system");
  }
}
