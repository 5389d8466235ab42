package com.crmflow.platform.identity;

import com.crmflow.platform.identity.Organization.GroupSpec;
import com.crmflow.platform.identity.Organization.UserSpec;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** Reads the organisation files named by {@code crm.organization.*}. */
@Configuration
public class OrganizationConfig {

  record GroupsFile(List<GroupSpec> groups) {}

  record UsersFile(List<UserSpec> users, String password) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  @Bean
  public Organization organization(@Value("${crm.organization.location}") Resource groups,
      @Value("${crm.organization.demo-users-location:}") String demoUsers) {
    GroupsFile g = read(groups, GroupsFile.class);
    if (demoUsers == null || demoUsers.isBlank()) {
      return new Organization(g.groups(), List.of(), null);
    }
    UsersFile u = read(new DefaultResourceLoader().getResource(demoUsers), UsersFile.class);
    for (UserSpec user : u.users()) {
      for (String group : user.groups()) {
        if (g.groups().stream().noneMatch(x -> x.id().equals(group))) {
          throw new IllegalStateException("Demo user " + user.id() + " names unknown group " + group);
        }
      }
    }
    return new Organization(g.groups(), u.users(), u.password());
  }

  private static <T> T read(Resource resource, Class<T> type) {
    try (InputStream in = resource.getInputStream()) {
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read organisation file " + resource + ": " + e.getMessage(), e);
    }
  }
}
