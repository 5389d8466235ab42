package com.crmflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmProcessApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrmProcessApplication.class, args);
  }
}
