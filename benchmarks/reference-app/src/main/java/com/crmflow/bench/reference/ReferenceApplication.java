package com.crmflow.bench.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda 7.24 Spring Boot application: the engine, its REST API behind Camunda's own HTTP Basic filter, two
 * small processes and one demo user. The comparison benchmark (benchmarks/README.md) measures crm-process against it.
 */
@SpringBootApplication
public class ReferenceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferenceApplication.class, args);
  }
}
