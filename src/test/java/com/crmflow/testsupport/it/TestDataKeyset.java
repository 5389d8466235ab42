package com.crmflow.testsupport.it;

import com.crmflow.platform.crypto.Keysets;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests bring their own data keyset: a fresh one per Spring context, never written anywhere
 * ({@code crm.data.keyset}). The application refuses to invent one for PostgreSQL.
 */
public class TestDataKeyset implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-data-keyset",
        Map.of("crm.data.keyset", Keysets.toJson(Keysets.generate()))));
  }
}
