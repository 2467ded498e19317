package ma.ogp.pan.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without its one row per variable write ({@code ACT_HI_DETAIL}): each form's inputs
 * would otherwise be recorded again there, a third of the statements of a step. Everything else of {@code full}
 * stays: variables' last values ({@code ACT_HI_VARINST}), tasks and their candidates, the operation log Tasklist and
 * Cockpit show, incidents and the job log. Who wrote what is in the application's own tables.
 */
@Component
class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        });
    }
}
