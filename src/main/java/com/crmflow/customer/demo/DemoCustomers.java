package com.crmflow.customer.demo;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.yaml.YamlFiles;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: a few customers from {@code crm.demo.customers-location} when there are none yet. */
@Component
@Profile("demo")
public class DemoCustomers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCustomers.class);
  record DemoCustomer(String name, String industry, String owner) {}

  record DemoFile(List<DemoCustomer> customers) {}

  private final CustomerRepository customers;
  private final Resource location;
  private final Clock clock;

  public DemoCustomers(CustomerRepository customers, DemoCustomerSettings settings, Clock clock) {
    this.clock = clock;
    this.customers = customers;
    this.location = settings.customersLocation();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws Exception {
    if (customers.count() > 0) {
      return;
    }
    try (InputStream in = location.getInputStream()) {
      for (DemoCustomer d : YamlFiles.read(in, DemoFile.class).customers()) {
        Customer c = new Customer();
        c.setName(d.name());
        c.setIndustry(d.industry());
        c.setOwner(d.owner());
        c.setCreatedAt(clock.instant());
        customers.save(c);
      }
    }
    LOG.info("Demo customers loaded from {}", location);
  }
}
