package com.crmflow.survey.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRepository extends JpaRepository<SatisfactionSurvey, Long> {

  Optional<SatisfactionSurvey> findBySurveyNumber(String surveyNumber);

  Optional<SatisfactionSurvey> findByOpenKey(String openKey);

  List<SatisfactionSurvey> findByCustomerIdOrderByCreatedAtDescIdDesc(Long customerId);

  /** The customer's latest survey of any trigger (the periodic survey counts from it). */
  Optional<SatisfactionSurvey> findFirstByCustomerIdAndStatusNotOrderByCreatedAtDesc(Long customerId, String status);

  @Query("select s.customerId from SatisfactionSurvey s where s.openKey is not null and s.triggerKind = ?1")
  List<Long> customersWithOpen(String triggerKind);

  /** Surveys recorded in [start, end): the evaluation's satisfaction rate per owner. */
  @Query("select s from SatisfactionSurvey s where s.status = 'DONE' and s.surveyedAt >= ?1 and s.surveyedAt < ?2"
      + " order by s.id")
  List<SatisfactionSurvey> recordedBetween(java.time.Instant start, java.time.Instant end);
}
