package com.crmflow.platform.identity;

import com.crmflow.platform.identity.Organization.GroupSpec;
import com.crmflow.platform.identity.Organization.UserSpec;
import com.crmflow.platform.yaml.YamlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** Reads the organisation files named by {@code crm.organization.*} ({@link OrganizationProperties}). */
@EnableConfigurationProperties(OrganizationProperties.class)
@Configuration
public class OrganizationConfig {

  record GroupsFile(List<GroupSpec> groups, List<Organization.TeamSpec> teams) {}

  record UsersFile(List<UserSpec> users, String password) {}

  @Bean
  public Organization organization(OrganizationProperties properties) {
    Resource groups = properties.location();
    String demoUsers = properties.demoUsersLocation();
    GroupsFile g = read(groups, GroupsFile.class);
    if (demoUsers == null || demoUsers.isBlank()) {
      return new Organization(g.groups(), List.of(), null, g.teams());
    }
    UsersFile u = read(new DefaultResourceLoader().getResource(demoUsers), UsersFile.class);
    for (UserSpec user : u.users()) {
      for (String group : user.groups()) {
        if (g.groups().stream().noneMatch(x -> x.id().equals(group))) {
          throw new IllegalStateException("Demo user " + user.id() + " names unknown group " + group);
        }
      }
    }
    if (g.teams() != null) {
      for (Organization.TeamSpec team : g.teams()) {
        for (String user : concat(team.leads(), team.members())) {
          if (u.users().stream().noneMatch(x -> x.id().equals(user))) {
            throw new IllegalStateException("Team " + team.id() + " names unknown demo user " + user);
          }
        }
      }
    }
    return new Organization(g.groups(), u.users(), u.password(), g.teams());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static <T> T read(Resource resource, Class<T> type) {
    try (InputStream in = resource.getInputStream()) {
      return YamlFiles.read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read organisation file " + resource + ": " + e.getMessage(), e);
    }
  }
}
