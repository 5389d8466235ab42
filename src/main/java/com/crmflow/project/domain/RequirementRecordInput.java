package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The signed 《客户需求沟通记录》, the departments it goes to and the project lead it names (000 §2(1).3). */
public record RequirementRecordInput(
    @Label("《客户需求沟通记录》") @AssertTrue(message = "须经客户对接人签字确认后才能提交") boolean signed,
    @Label("沟通记录内容") @NotBlank @Size(max = 8000) String summary,
    @Label("相关部门") @NotEmpty List<String> relatedDepartments,
    @Label("项目负责人") @NotBlank String projectLead,
    @Label("签字确认人姓名") @NotBlank @Size(max = 100) String signerName,
    @Label("合同编号") @Size(max = 100) String contractNumber) {}
