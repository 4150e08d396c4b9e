/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.core.profile.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The persisted-workflow tier: the routing as a BPMN 2.0 process in Flowable 8.0.0 on an in-memory H2 database,
 * history off, no async executor, configured in code as the Flowable user guide's "Getting started" (standalone
 * {@code StandaloneInMemProcessEngineConfiguration}) and "BPMN constructs" (user task per step, exclusive gateway
 * with JUEL conditions and a default flow) chapters show. The process is generated from {@link Routes#TRANSITIONS}:
 * every step a user task, every branching step followed by an exclusive gateway whose conditional flow carries
 * the guard's {@code uel} and whose default flow is the step's default transition; outcome steps are user tasks
 * before an end event. Answers are process variables named after the step ({@code q-regio} as {@code q_regio}).
 *
 * <p>A decision completes the session's current task with the new answer as a variable and queries the next task
 * ({@link #on(String)} gives a {@link Router} bound to one process instance). Thread-safe as Flowable's services are;
 * close it to drop the database.
 */
public final class FlowablePeer implements AutoCloseable {
    /** The process definition key. */
    public static final String PROCESS = "werkInZicht";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;

    /** Boots the engine (about 4 s) and deploys the process. */
    public FlowablePeer() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:guidance-peers-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        config.setHistoryLevel(HistoryLevel.NONE);
        config.setAsyncExecutorActivate(false);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        engine = config.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        engine.getRepositoryService()
                .createDeployment()
                .name("guidance-peers")
                .addString("werk-in-zicht.bpmn20.xml", bpmn())
                .deploy();
    }

    /**
     * Starts a process instance at {@code welkom}.
     *
     * @return the process instance id
     */
    public String start() {
        return runtime.startProcessInstanceByKey(PROCESS).getId();
    }

    /**
     * Starts a process instance and moves it to the state's step with the state's answers as variables (the
     * benchmark's set-up for a decision in mid-journey).
     *
     * @param s the state
     * @return the process instance id
     */
    public String startAt(WalkState s) {
        String id = runtime.startProcessInstanceByKey(PROCESS, variables(s)).getId();
        if (!s.step().equals(Routes.FIRST)) {
            runtime.createChangeActivityStateBuilder()
                    .processInstanceId(id)
                    .moveActivityIdTo(Routes.FIRST, s.step())
                    .changeState();
        }
        return id;
    }

    /**
     * Deletes a process instance.
     *
     * @param processInstanceId the id
     */
    public void delete(String processInstanceId) {
        runtime.deleteProcessInstance(processInstanceId, "done");
    }

    /**
     * The routing of one process instance: completes its current task with the answer of {@code from} (or the
     * concern score after the self-test) and returns the next task's step.
     *
     * @param processInstanceId the process instance
     * @return the router
     */
    public Router on(String processInstanceId) {
        return (from, facts) -> {
            Task current =
                    tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            if (current == null || !current.getTaskDefinitionKey().equals(from)) {
                throw new IllegalStateException("process " + processInstanceId + " is not at '" + from + "'");
            }
            Map<String, Object> vars = new HashMap<>(2);
            Answer a = facts.answers().get(from);
            if (a != null) {
                vars.put(variable(from), value(a));
            }
            if (from.equals(Routes.ASSESSMENT)) {
                vars.put("concern", facts.concern());
            }
            tasks.complete(current.getId(), vars);
            Task next =
                    tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            if (next == null) {
                throw new IllegalStateException("process " + processInstanceId + " ended after '" + from + "'");
            }
            return next.getTaskDefinitionKey();
        };
    }

    @Override
    public void close() {
        engine.close();
    }

    private static Map<String, Object> variables(WalkState s) {
        Map<String, Object> vars = new HashMap<>();
        s.answers().forEach((step, a) -> vars.put(variable(step), value(a)));
        if (!Double.isNaN(s.concern())) {
            vars.put("concern", s.concern());
        }
        return vars;
    }

    private static String variable(String step) {
        return step.replace('-', '_');
    }

    private static Object value(Answer a) {
        if (a.number().isPresent()) {
            return a.number().get().doubleValue();
        }
        if (a.choice().isPresent()) {
            return a.choice().get();
        }
        if (a.text().isPresent()) {
            return a.text().get();
        }
        return new ArrayList<>(a.choices());
    }

    /**
     * The BPMN 2.0 XML of the journey's routing.
     *
     * @return the process definition
     */
    public static String bpmn() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" targetNamespace=\"https://github.com/careerguidance/guidance\">\n")
                .append("  <process id=\"")
                .append(PROCESS)
                .append("\" isExecutable=\"true\">\n")
                .append("    <startEvent id=\"start\"/>\n");
        int[] flow = {0};
        flow(x, flow, "start", Routes.FIRST, null);
        for (String step : Routes.steps()) {
            x.append("    <userTask id=\"")
                    .append(step)
                    .append("\" name=\"")
                    .append(step)
                    .append("\"/>\n");
        }
        Map<String, List<Routes.Transition>> byStep = new java.util.LinkedHashMap<>();
        for (Routes.Transition t : Routes.TRANSITIONS) {
            byStep.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<Routes.Transition>> e : byStep.entrySet()) {
            String step = e.getKey();
            List<Routes.Transition> out = e.getValue();
            if (out.size() == 1) {
                flow(x, flow, step, out.get(0).to(), null);
                continue;
            }
            String gateway = "gw-" + step;
            flow(x, flow, step, gateway, null);
            String defaultFlow = "f" + (flow[0] + out.size() - 1);
            x.append("    <exclusiveGateway id=\"")
                    .append(gateway)
                    .append("\" default=\"")
                    .append(defaultFlow)
                    .append("\"/>\n");
            for (Routes.Transition t : out) {
                flow(x, flow, gateway, t.to(), t.otherwise() ? null : t.uel());
            }
        }
        for (String outcome : Routes.OUTCOMES) {
            x.append("    <endEvent id=\"end-").append(outcome).append("\"/>\n");
            flow(x, flow, outcome, "end-" + outcome, null);
        }
        x.append("  </process>\n</definitions>\n");
        return x.toString();
    }

    private static void flow(StringBuilder x, int[] flow, String from, String to, String condition) {
        x.append("    <sequenceFlow id=\"f")
                .append(flow[0]++)
                .append("\" sourceRef=\"")
                .append(from)
                .append("\" targetRef=\"")
                .append(to)
                .append('"');
        if (condition == null) {
            x.append("/>\n");
        } else {
            x.append(">\n      <conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[")
                    .append(condition)
                    .append("]]></conditionExpression>\n    </sequenceFlow>\n");
        }
    }
}
