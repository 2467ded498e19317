package ma.ogp.pan.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every deployed model owes a mail when it is created, with no listener to declare in the BPMN:
 * this listener comes after the model's own, which name the task and gather what it shows.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

    // looked up when a task is created: the outbox needs the engine this plugin configures
    private final ObjectProvider<TaskMailOutbox> outbox;

    TaskMailPlugin(ObjectProvider<TaskMailOutbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener recordMail = task -> outbox.getObject().record(task);
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, recordMail);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
