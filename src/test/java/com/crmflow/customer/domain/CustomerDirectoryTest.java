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
  void theActiveCustomersOfSomeOwnersAreOfferedByNameAndNoOwnersMeansNone() {
    Customer c = new Customer();
    when(customers.findByStatusAndOwnerInOrderByName(Customer.STATUS_ACTIVE, List.of("lina"))).thenReturn(List.of(c));
    when(customers.findByStatusOrderByName(Customer.STATUS_ACTIVE)).thenReturn(List.of(c, c));
    assertThat(directory.activeCustomersOwnedBy(List.of("lina"))).containsExactly(c);
    assertThat(directory.activeCustomersOwnedBy(null)).hasSize(2);
    assertThat(directory.activeCustomersOwnedBy(List.of())).isEmpty();
    verify(customers, never()).save(any());
  }

  @Test
  void activeCustomersArePagedByIdAfterTheLastOne() {
    when(customers.findByStatusAndIdGreaterThanOrderById(eq(Customer.STATUS_ACTIVE), eq(0L), any()))
        .thenReturn(List.of());
    assertThat(directory.activeCustomersAfter(null, 50)).isEmpty();
    verify(customers).findByStatusAndIdGreaterThanOrderById(Customer.STATUS_ACTIVE, 0L, PageRequest.of(0, 50));
  }
}
