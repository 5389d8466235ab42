#!/usr/bin/env python3
"""Aggregates `jfr print --events jdk.ExecutionSample` output: the top frames on CPU ("self"), and for each of our
own methods (com.crmflow) and for a few subsystems how many samples had it anywhere on the stack ("total")."""
import re
import sys
from collections import Counter

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
GROUPS = [("Spring Security filter chain", "org.springframework.security.web.FilterChainProxy.doFilter"),
          ("Camunda REST (Jersey)", "org.glassfish.jersey.servlet.ServletContainer.service"),
          ("Spring MVC", "org.springframework.web.servlet.DispatcherServlet.doDispatch"),
          ("engine command", "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute"),
          ("MyBatis", "org.apache.ibatis.executor"),
          ("JDBC (pgjdbc)", "org.postgresql.jdbc"),
          ("Hibernate", "org.hibernate"),
          ("Jackson", "com.fasterxml.jackson"),
          ("FEEL/DMN", "org.camunda.feel"),
          ("form validation", "com.crmflow.platform.forms"),
          ("Tink (encryption)", "com.google.crypto.tink"),
          ("password hashing", "org.camunda.bpm.engine.impl.digest"),
          ("logging", "ch.qos.logback")]

samples, self_top, ours_total, groups = 0, Counter(), Counter(), Counter()
stack = []


def flush():
    global samples
    if not stack:
        return
    samples += 1
    self_top[stack[0]] += 1
    for m in set(f for f in stack if f.startswith("com.crmflow")):
        ours_total[m] += 1
    joined = "\n".join(stack)
    for label, prefix in GROUPS:
        if prefix in joined:
            groups[label] += 1


for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if line.startswith("jdk.ExecutionSample"):
        flush()
        stack = []
        continue
    m = FRAME.match(line)
    if m and "stackTrace" not in line:
        stack.append(m.group(1))
flush()

print(f"{samples} CPU samples")
print("\nsubsystems (share of samples with it on the stack):")
for label, n in groups.most_common():
    print(f"  {100 * n / samples:5.1f}%  {label}")
print("\nour methods (total):")
for m, n in ours_total.most_common(25):
    print(f"  {100 * n / samples:5.1f}%  {m}")
print("\ntop frames (self):")
for m, n in self_top.most_common(20):
    print(f"  {100 * n / samples:5.1f}%  {m}")
