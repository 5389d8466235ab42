package com.crmflow.customer.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code crm.demo.*}, read by the demo profile only.
 *
 * @param customersLocation the YAML file of the demo customers ({@code customers:} with name, industry, owner)
 */
@ConfigurationProperties("crm.demo")
public record DemoCustomerSettings(
    @DefaultValue("classpath:config/demo-customers.yaml") Resource customersLocation) {}
