package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** What other features read of the customers, without Spring. */
class CustomerDirectoryTest {

  CustomerRepository customers = mock(CustomerRepository.class);
  CustomerContactRepository contacts = mock(CustomerContactRepository.class);
  CustomerDirectory directory = new CustomerDirectory(customers, contacts);

  @Test
  void anUnknownCustomerIsNotFound() {
    when(customers.findById(9L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> directory.get(9L)).isInstanceOf(NotFoundException.class).hasMessage("找不到客户 9");
    assertThat(directory.find(9L)).isEmpty();
  }

  @Test
  void aCustomerNamedByARequirementIsFoundOrCreatedWithNameAndIndustry() {
    Customer existing = new Customer();
    when(customers.findByName("华东建设")).thenReturn(Optional.of(existing));
    assertThat(directory.findOrCreateByName("华东建设", "制造", Instant.EPOCH)).isSameAs(existing);
    verify(customers, never()).save(any());

    when(customers.findByName("新客户")).thenReturn(Optional.empty());
    when(customers.save(any())).thenAnswer(i -> i.getArgument(0));
    Customer created = directory.findOrCreateByName("新客户", "化工", Instant.EPOCH);
    assertThat(created.getName()).isEqualTo("新客户");
    assertThat(created.getIndustry()).isEqualTo("化工");
    assertThat(created.getCreatedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void activeCustomersArePagedByIdAfterTheLastOne() {
    when(customers.findByStatusAndIdGreaterThanOrderById(eq(Customer.STATUS_ACTIVE), eq(0L), any()))
        .thenReturn(List.of());
    assertThat(directory.activeCustomersAfter(null, 50)).isEmpty();
    verify(customers).findByStatusAndIdGreaterThanOrderById(Customer.STATUS_ACTIVE, 0L, PageRequest.of(0, 50));
  }
}
