package com.crmflow.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code crm.organization.*}: the organisation files read by {@link OrganizationConfig}; the default is written
 * here only.
 *
 * @param location the groups and teams (config/organization.yaml)
 * @param demoUsersLocation the demo users (profile {@code demo}: config/demo-users.yaml); none without it
 */
@ConfigurationProperties("crm.organization")
public record OrganizationProperties(
    @DefaultValue("classpath:config/organization.yaml") Resource location,
    String demoUsersLocation) {}
