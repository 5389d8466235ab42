package com.crmflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.OwnerChangeInput;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerPicker;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.testsupport.Verifies;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one-off repair of the customers the former intake created without owner (V13), without Spring. */
class IntakeCustomerOwnersTest {

  final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final CustomerOwnership ownership = mock(CustomerOwnership.class);
  final OwnerEligibility eligibility = mock(OwnerEligibility.class);
  final OwnerAssignment owners = mock(OwnerAssignment.class);
  final OwnerPicker picker = mock(OwnerPicker.class);
  final ProjectRepository projects = mock(ProjectRepository.class);
  final IntakeCustomerOwners step = new IntakeCustomerOwners(jdbc, customers, ownership, eligibility, owners,
      projects, Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC));

  private static Customer customer(long id, String grade) {
    Customer c = new Customer();
    org.springframework.test.util.ReflectionTestUtils.setField(c, "id", id);
    c.setName("客户" + id);
    c.setGrade(grade);
    return c;
  }

  private void firstProjectBy(long customerId, String accountManager) {
    Project p = new Project();
    p.setAccountManager(accountManager);
    when(projects.findFirstByCustomerIdOrderByIdAsc(customerId)).thenReturn(Optional.of(p));
  }

  @Test
  @Verifies("P3.4")
  void theAccountManagerOfTheFirstRequirementOwnsTheCustomerElseThePickerChoosesEachChangeAudited() {
    when(owners.picker()).thenReturn(picker);
    when(customers.activeCustomersWithoutOwner()).thenReturn(List.of(customer(1, null), customer(2, "A"),
        customer(3, null)));
    firstProjectBy(1, "zhangwei");
    firstProjectBy(2, "zhangwei");
    when(projects.findFirstByCustomerIdOrderByIdAsc(3L)).thenReturn(Optional.empty());
    when(eligibility.userExists("zhangwei")).thenReturn(true);
    when(eligibility.isEligible("zhangwei", null)).thenReturn(true);
    when(eligibility.isEligible("zhangwei", "A")).thenReturn(false);
    when(picker.pick("A")).thenReturn("yangjun");

    assertThat(step.repair()).isEqualTo(2);

    verify(ownership).changeOwner(1L, new OwnerChangeInput("zhangwei", IntakeCustomerOwners.REASON), "system");
    verify(ownership).changeOwner(2L, new OwnerChangeInput("yangjun", IntakeCustomerOwners.REASON), "system");
    verify(ownership, never()).changeOwner(eq(3L), any(), anyString());
  }

  @Test
  void itRunsOnceAndMarksItselfDone() {
    when(owners.picker()).thenReturn(picker);
    when(customers.activeCustomersWithoutOwner()).thenReturn(List.of());
    when(jdbc.queryForObject(anyString(), eq(Integer.class), eq(IntakeCustomerOwners.STEP))).thenReturn(0);
    step.run(null);
    verify(jdbc).update(eq("INSERT INTO crm_one_off_step (step, done_at, changed) VALUES (?, ?, ?)"),
        eq(IntakeCustomerOwners.STEP), any(), eq(0));

    when(jdbc.queryForObject(anyString(), eq(Integer.class), eq(IntakeCustomerOwners.STEP))).thenReturn(1);
    step.run(null);
    verify(customers).activeCustomersWithoutOwner(); // the first run only
  }
}
