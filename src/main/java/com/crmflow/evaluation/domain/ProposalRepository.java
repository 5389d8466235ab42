package com.crmflow.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<EvaluationProposal, Long> {

  List<EvaluationProposal> findByEvaluationIdOrderById(Long evaluationId);
}
